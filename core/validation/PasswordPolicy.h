// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

// The password rule of the account system, the same code on client and server:
// at least 8 characters, Latin letters and digits both present (the Mi Account rule); at most 64;
// not the login; not one of the passwords most often seen in leaks (zxcvbn's list, built in).
class PasswordPolicy
{
public:
    enum class Problem {
        TooShort, // fewer than minimumLength()
        TooLong, // more than maximumLength()
        NoLetter, // no Latin letter
        NoDigit, // no digit
        EqualsLogin, // the same as the email, phone or account ID
        Common, // in the list of passwords most often seen in leaks
    };

    static constexpr int minimumLength() { return 8; }
    static constexpr int maximumLength() { return 64; }

    // Every rule the password breaks, in the order above; empty when acceptable.
    static QList<Problem> check(const QString& password, const QString& login = {});
    static bool isAcceptable(const QString& password, const QString& login = {})
    {
        return check(password, login).isEmpty();
    }
    // Translated one-line description of a rule ("At least 8 characters"), for checklists.
    static QString ruleText(Problem problem);
    // The rule's name on the wire, in E-PASSWORD-WEAK's "reasons": "too_short", "common", ...
    static QString reasonName(Problem problem);
    static bool isCommon(const QString& password);
    // Loads the common-password list now, so the first check does not; safe on any thread.
    static void preload();
};
