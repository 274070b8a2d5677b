// SPDX-License-Identifier: Apache-2.0
#include "PasswordRecheck.h"

#include "AccountStore.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"

ApiError PasswordRecheck::check(QSqlDatabase db, const Account& account, const QString& password)
{
    const QString field = QStringLiteral("password");
    LoginThrottle throttle(db);
    const QString throttleKey = QStringLiteral("account:%1").arg(account.id);
    if (const QDateTime until = throttle.lockedUntil(throttleKey); until.isValid()) {
        ApiError error(ErrorCode::LoginLocked, field);
        error.until = until;
        return error;
    }
    if (PasswordHasher::verify(account.passwordHash, password))
        return {};
    if (throttle.recordFailure(throttleKey) >= LoginThrottle::kLockAfter) {
        ApiError error(ErrorCode::LoginLocked, field);
        error.until = throttle.lock(throttleKey);
        return error;
    }
    return ApiError(ErrorCode::PasswordWrong, field);
}
