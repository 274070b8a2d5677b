// SPDX-License-Identifier: Apache-2.0
#include "MailMessage.h"

#include <QDateTime>
#include <QLocale>
#include <QUrl>
#include <sodium.h>

QByteArray MailMessage::encodedWords(const QString& text)
{
    // An encoded word may be at most 75 characters: 12 UTF-16 units are at most 36 UTF-8 bytes,
    // 48 base64 characters. A surrogate pair is never split.
    QByteArray result;
    for (int i = 0; i < text.size();) {
        int length = qMin(12, int(text.size()) - i);
        if (text.at(i + length - 1).isHighSurrogate() && i + length < text.size())
            --length;
        if (!result.isEmpty())
            result += "\r\n ";
        result += "=?UTF-8?B?" + text.mid(i, length).toUtf8().toBase64() + "?=";
        i += length;
    }
    return result;
}

QByteArray MailMessage::headerAddress(const QString& address)
{
    // An internationalized domain as its A-label ("xn--80a1acny.xn--p1ai"): with an ASCII local part
    // the whole message is then ASCII, deliverable by servers without SMTPUTF8. A non-ASCII local
    // part stays UTF-8 (RFC 6532); only SMTPUTF8 servers take such a message anyway.
    const int at = address.lastIndexOf(QLatin1Char('@'));
    const QByteArray domain = QUrl::toAce(address.mid(at + 1));
    if (at < 0 || domain.isEmpty())
        return address.toUtf8();
    return address.left(at).toUtf8() + '@' + domain;
}

QByteArray MailMessage::build(const QString& from, const QString& fromAddress, const QString& to,
                              const QString& subject, const QString& body)
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    const QByteArray id = QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
    const QString domain = fromAddress.section(QLatin1Char('@'), 1);
    const QString date
        = QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
        + QStringLiteral(" +0000");

    QByteArray message;
    message += "Date: " + date.toLatin1() + "\r\n";
    message += "Message-ID: <" + id + '@' + domain.toUtf8() + ">\r\n";
    message += "From: " + from.toUtf8() + "\r\n";
    message += "To: <" + headerAddress(to) + ">\r\n";
    message += "Subject: " + encodedWords(subject) + "\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: text/plain; charset=UTF-8\r\n";
    message += "Content-Transfer-Encoding: base64\r\n";
    message += "Auto-Submitted: auto-generated\r\n\r\n";
    // base64 lines hold no '.', so the body needs no dot-stuffing.
    const QByteArray encoded = body.toUtf8().toBase64();
    for (int i = 0; i < encoded.size(); i += 76)
        message += encoded.mid(i, 76) + "\r\n";
    return message;
}
