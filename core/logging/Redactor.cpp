// SPDX-License-Identifier: Apache-2.0
#include "Redactor.h"

#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QRegularExpression>
#include <functional>

namespace {
// "password", "currentPassword", "code", "refreshToken", "secret", "captchaAnswer"... Error codes
// ("code":"E-…") are no secret and stay, support needs them.
const QString kSecretKey = QStringLiteral(
    R"re((?:[A-Za-z_]*(?:password|Password|PASSWORD|passwd|token|Token|TOKEN|secret|Secret|answer|Answer)[A-Za-z_]*|code|Code|[A-Za-z_]+Code|otp|pin))re");

QString replaceAll(const QString& text, const QRegularExpression& pattern,
                   const std::function<QString(const QRegularExpressionMatch&)>& replacement)
{
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        result += replacement(match);
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}
} // namespace

QString Redactor::maskEmail(const QString& email)
{
    return EmailAddress::mask(email);
}

QString Redactor::maskPhone(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    if (phone.startsWith(QLatin1Char('+'))) {
        const QString masked = PhoneNumbers::mask(QLatin1Char('+') + digits);
        if (masked != QLatin1String("***"))
            return masked;
    }
    return QStringLiteral("***") + digits.right(2);
}

QString Redactor::redact(const QString& text)
{
    static const QRegularExpression jsonField(
        QStringLiteral(R"re("(%1)"\s*:\s*"((?:[^"\\]|\\.)*)")re").arg(kSecretKey));
    static const QRegularExpression keyValue(QStringLiteral(R"re(\b(%1)=([^&\s"',;]+))re").arg(kSecretKey));
    static const QRegularExpression bearer(QStringLiteral(R"re(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)re"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(
        QStringLiteral(R"re([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)re"));
    // A run of at least 7 digits, optionally with a leading + and the usual separators, and not
    // glued to letters or other digits (account IDs are 10 digits and no phone: they stay).
    static const QRegularExpression phone(QStringLiteral(R"re((?<![\w*])\+\d[\d\s().-]{6,18}\d(?!\w))re"));
    // A Russian number in national form ("89031234567", "8 (903) 123-45-67"): 11 digits from 7 or 8.
    // Ten-digit account IDs and hex request IDs do not match.
    static const QRegularExpression nationalPhone(
        QStringLiteral(R"re((?<![\w+*])[78][\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\w))re"));

    QString result = replaceAll(text, jsonField, [](const QRegularExpressionMatch& m) {
        if (m.captured(2).startsWith(QLatin1String("E-")))
            return m.captured(0);
        return QStringLiteral("\"%1\":\"***\"").arg(m.captured(1));
    });
    result = replaceAll(result, keyValue, [](const QRegularExpressionMatch& m) {
        if (m.captured(2).startsWith(QLatin1String("E-")))
            return m.captured(0);
        return m.captured(1) + QStringLiteral("=***");
    });
    result = replaceAll(result, bearer, [](const QRegularExpressionMatch& m) {
        return m.captured(1) + QStringLiteral(" ***");
    });
    result = replaceAll(result, email,
                        [](const QRegularExpressionMatch& m) { return maskEmail(m.captured(0)); });
    result = replaceAll(result, phone,
                        [](const QRegularExpressionMatch& m) { return maskPhone(m.captured(0)); });
    result = replaceAll(result, nationalPhone,
                        [](const QRegularExpressionMatch& m) { return maskPhone(m.captured(0)); });
    return result;
}

QString Redactor::shortenPath(const QString& path)
{
    QStringList parts = path.split(QLatin1Char('/'));
    for (QString& part : parts) {
        if (part.size() > 12)
            part = part.left(8) + QStringLiteral("…");
    }
    return parts.join(QLatin1Char('/'));
}
