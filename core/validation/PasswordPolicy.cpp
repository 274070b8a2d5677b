// SPDX-License-Identifier: Apache-2.0
#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

namespace {
const QSet<QString>& commonPasswords()
{
    // Built from zxcvbn's frequency list at build time (scripts/gen-common-passwords.py).
    static const QSet<QString> passwords = [] {
        QSet<QString> set;
        QFile file(QStringLiteral(":/accountcore/common-passwords.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            const auto lines = file.readAll().split('\n');
            set.reserve(lines.size());
            for (const QByteArray& line : lines) {
                if (!line.isEmpty())
                    set.insert(QString::fromUtf8(line));
            }
        }
        return set;
    }();
    return passwords;
}
} // namespace

void PasswordPolicy::preload()
{
    commonPasswords();
}

bool PasswordPolicy::isCommon(const QString& password)
{
    return commonPasswords().contains(password.toLower());
}

QList<PasswordPolicy::Problem> PasswordPolicy::check(const QString& password, const QString& login)
{
    QList<Problem> problems;
    if (password.size() < minimumLength())
        problems.append(Problem::TooShort);
    if (password.size() > maximumLength())
        problems.append(Problem::TooLong);
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        const char16_t u = c.unicode();
        letter = letter || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        digit = digit || (u >= u'0' && u <= u'9');
    }
    if (!letter)
        problems.append(Problem::NoLetter);
    if (!digit)
        problems.append(Problem::NoDigit);
    if (!login.isEmpty() && password.compare(login.trimmed(), Qt::CaseInsensitive) == 0)
        problems.append(Problem::EqualsLogin);
    if (isCommon(password))
        problems.append(Problem::Common);
    return problems;
}

QString PasswordPolicy::ruleText(Problem problem)
{
    switch (problem) {
    case Problem::TooShort:
        return QCoreApplication::translate("PasswordPolicy", "At least %n characters", nullptr,
                                           minimumLength());
    case Problem::TooLong:
        return QCoreApplication::translate("PasswordPolicy", "At most %n characters", nullptr,
                                           maximumLength());
    case Problem::NoLetter:
        //: Latin letters: a-z, A-Z
        return QCoreApplication::translate("PasswordPolicy", "At least one Latin letter");
    case Problem::NoDigit:
        return QCoreApplication::translate("PasswordPolicy", "At least one digit");
    case Problem::EqualsLogin:
        return QCoreApplication::translate("PasswordPolicy",
                                           "Not the same as your email, phone number or account ID");
    case Problem::Common:
        return QCoreApplication::translate("PasswordPolicy", "Not a commonly used password");
    }
    return {};
}

QString PasswordPolicy::reasonName(Problem problem)
{
    switch (problem) {
    case Problem::TooShort:
        return QStringLiteral("too_short");
    case Problem::TooLong:
        return QStringLiteral("too_long");
    case Problem::NoLetter:
        return QStringLiteral("no_letter");
    case Problem::NoDigit:
        return QStringLiteral("no_digit");
    case Problem::EqualsLogin:
        return QStringLiteral("equals_login");
    case Problem::Common:
        return QStringLiteral("common");
    }
    return {};
}
