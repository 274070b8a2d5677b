// SPDX-License-Identifier: Apache-2.0
#include "PasswordStrength.h"

#include <QCoreApplication>
#include <vector>
#include <zxcvbn.h>

PasswordStrength PasswordStrength::estimate(const QString& password, const QStringList& userInputs)
{
    PasswordStrength result;
    if (password.isEmpty())
        return result;
    const QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> words;
    words.reserve(size_t(userInputs.size()));
    for (const QString& input : userInputs) {
        if (!input.isEmpty())
            words.push_back(input.toLower().toUtf8());
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);
    result.bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    // zxcvbn's own score thresholds are guesses of 10^3, 10^6, 10^8 and 10^10: in bits, log2 of those.
    const double thresholds[] = { 9.97, 19.93, 26.58, 33.22 };
    for (double threshold : thresholds) {
        if (result.bits >= threshold)
            ++result.score;
    }
    return result;
}

QString PasswordStrength::scoreText(int score)
{
    switch (score) {
    case 0:
        return QCoreApplication::translate("PasswordStrength", "Very weak");
    case 1:
        return QCoreApplication::translate("PasswordStrength", "Weak");
    case 2:
        return QCoreApplication::translate("PasswordStrength", "Fair");
    case 3:
        return QCoreApplication::translate("PasswordStrength", "Strong");
    default:
        return QCoreApplication::translate("PasswordStrength", "Very strong");
    }
}
