// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A numeric account ID as a person types it: digits only, 1 to 18 of them (every ID the server
// gives out fits in a signed 64-bit number). The one check the sign-in and recovery pages,
// account-ctl and the server share.
class AccountId
{
public:
    enum class Problem { None, Empty, NotDigits, TooLong };

    static constexpr int maxDigits = 18;

    // What is wrong with text (spaces around it do not count).
    static Problem check(const QString& text);
    static bool isValid(const QString& text) { return check(text) == Problem::None; }
    // The ID without spaces and leading zeros ("007" is account 7); empty when not valid.
    static QString normalize(const QString& text);
};
