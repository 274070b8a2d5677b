// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// An RFC 5322 message with a UTF-8 plain-text body: Date, Message-ID, From, To, Subject (RFC 2047
// encoded words), MIME headers and a base64 body, CRLF line ends, ready for SMTP DATA.
class MailMessage
{
public:
    static QByteArray build(const QString& from, const QString& fromAddress, const QString& to,
                            const QString& subject, const QString& body);

private:
    static QByteArray encodedWords(const QString& text);
    static QByteArray headerAddress(const QString& address);
};
