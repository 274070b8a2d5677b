// SPDX-License-Identifier: Apache-2.0
#include "NewPasswordCheck.h"

#include "AccountStore.h"
#include "PasswordHasher.h"
#include "validation/PasswordPolicy.h"

ApiError NewPasswordCheck::check(const QString& password, const Account& account, const QString& field)
{
    QStringList reasons;
    for (const QString& login : { account.email, account.phone, QString::number(account.id) }) {
        if (login.isEmpty())
            continue;
        for (PasswordPolicy::Problem problem : PasswordPolicy::check(password, login)) {
            const QString reason = PasswordPolicy::reasonName(problem);
            if (!reasons.contains(reason))
                reasons.append(reason);
        }
    }
    // Only an acceptable password is worth the slow comparison with the current one.
    if (reasons.isEmpty() && PasswordHasher::verify(account.passwordHash, password))
        reasons.append(QStringLiteral("same_as_current"));
    if (reasons.isEmpty())
        return {};
    ApiError error(ErrorCode::PasswordWeak, field);
    error.reasons = reasons;
    return error;
}
