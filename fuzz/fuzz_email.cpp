// SPDX-License-Identifier: Apache-2.0
// EmailAddress: every login field, registration and contact change pass typed or pasted text through it.
#include "EmailAddress.h"
#include "FuzzInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = FuzzInput::utf8(data, size);
    const QString normalized = EmailAddress::normalize(input);
    if (!normalized.isEmpty()) {
        // What the server stores: short enough for the column, stable, one @, no spaces.
        FuzzInput::require(normalized.size() <= 254);
        FuzzInput::require(EmailAddress::normalize(normalized) == normalized);
        FuzzInput::require(normalized.count(QLatin1Char('@')) == 1);
        FuzzInput::require(!normalized.contains(QLatin1Char(' ')));
        const QString masked = EmailAddress::mask(normalized);
        FuzzInput::require(masked.endsWith(normalized.mid(normalized.indexOf(QLatin1Char('@')))));
    }
    EmailAddress::mask(input); // also called on whatever a server sent back
    return 0;
}
