// SPDX-License-Identifier: Apache-2.0
#include "LoginIdentifier.h"

#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

namespace {
bool isDigits(const QString& text)
{
    bool digits = !text.isEmpty();
    for (const QChar c : text)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    return digits;
}
} // namespace

QString LoginIdentifier::toWire(const QString& input, const QString& region, QString* problem)
{
    const QString text = input.trimmed();
    if (text.contains(QLatin1Char('@'))) {
        const QString email = EmailAddress::normalize(text);
        if (email.isEmpty())
            *problem = QStringLiteral("This is not a valid email address.");
        return email;
    }
    // A number with --region is a national phone number; a bare number is an account ID, as in the
    // app, where the two are separate fields. A leading + always means E.164.
    if (text.startsWith(QLatin1Char('+')) || !region.isEmpty()) {
        const QString e164 = PhoneNumbers::toE164(text, region.isEmpty() ? QStringLiteral("ZZ") : region);
        if (e164.isEmpty()) {
            *problem = region.isEmpty()
                ? QStringLiteral("This is not a valid phone number in E.164 form (+7…).")
                : QStringLiteral("This is not a valid phone number for the region %1.").arg(region);
        }
        return e164;
    }
    if (isDigits(text))
        return text;
    *problem = QStringLiteral("LOGIN must be an email address, a phone number (+7… or national digits with "
                              "--region) or a numeric account ID.");
    return {};
}

QString LoginIdentifier::masked(const QString& wireLogin)
{
    if (wireLogin.contains(QLatin1Char('@')))
        return EmailAddress::mask(wireLogin);
    if (wireLogin.startsWith(QLatin1Char('+')))
        return PhoneNumbers::mask(wireLogin);
    return wireLogin;
}
