// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// How hard a password is to guess, from zxcvbn (Debian's libzxcvbn): entropy in bits and a
// score from 0 (guessed at once) to 4 (very strong), for the strength meter. The policy
// (PasswordPolicy) decides what is allowed; this only informs.
class PasswordStrength
{
public:
    double bits = 0;
    int score = 0; // 0..4

    // userInputs: words a guesser would try first for this user (email, name, account ID).
    static PasswordStrength estimate(const QString& password, const QStringList& userInputs = {});
    // Translated label of a score: "Very weak" ... "Very strong".
    static QString scoreText(int score);
};
