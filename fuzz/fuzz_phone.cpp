// SPDX-License-Identifier: Apache-2.0
// PhoneNumbers and the as-you-type formatter: every phone field, sign-in by phone, registration and
// the server's normalisation. The first two bytes pick the region, the rest is the typed number.
#include "FuzzInput.h"
#include "PhoneAsYouTypeFormatter.h"
#include "PhoneNumbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const QString region = QString::fromLatin1(reinterpret_cast<const char*>(data), 2);
    const QString input = FuzzInput::utf8(data + 2, size - 2);

    const QString e164 = PhoneNumbers::toE164(input, region);
    if (!e164.isEmpty()) {
        // A valid number is E.164: "+" and at most 15 digits (what the server's sign-in by phone reads),
        // and reads back as itself anywhere.
        FuzzInput::require(e164.startsWith(QLatin1Char('+')) && e164.size() <= 1 + 15);
        for (const QChar c : QStringView(e164).mid(1))
            FuzzInput::require(c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        FuzzInput::require(PhoneNumbers::toE164(e164, QStringLiteral("ZZ")) == e164);
        FuzzInput::require(!PhoneNumbers::regionOf(e164).isEmpty());
        // The masked form shows the calling code and at most four other digits.
        const QString masked = PhoneNumbers::mask(e164);
        const int codeDigits
            = QString::number(PhoneNumbers::callingCode(PhoneNumbers::regionOf(e164))).size();
        int digits = 0;
        for (const QChar c : masked)
            digits += c.isDigit() ? 1 : 0;
        FuzzInput::require(digits <= codeDigits + 4);
    }
    PhoneNumbers::formatInternational(input);
    PhoneNumbers::mask(input);
    PhoneNumbers::regionOf(input);
    PhoneNumbers::callingCode(region);

    PhoneAsYouTypeFormatter formatter(region);
    formatter.format(input);
    return 0;
}
