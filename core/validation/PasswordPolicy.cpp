#include "PasswordPolicy.h"

#include <QCoreApplication>

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
    }
    return {};
}
