// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Email addresses as the account system treats them: trimmed, compared case-insensitively.
class EmailAddress
{
public:
    // " Anna@Example.COM " -> "anna@example.com"; empty when it is not a plausible address
    // (one @, a dot in the domain, no spaces or control characters, at most 254 characters).
    static QString normalize(const QString& input);
    static bool isValid(const QString& input) { return !normalize(input).isEmpty(); }
    // "anna@example.com" -> "a***@example.com"
    static QString mask(const QString& email);
};
