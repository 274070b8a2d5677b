// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QSqlDatabase>

struct Account;

// The account's password asked again before something that cannot be undone (unbinding a device,
// deleting the account). Wrong passwords count towards the account's sign-in lock, so a stolen
// session cannot be used to guess the password. Argon2id: call it on a worker thread.
class PasswordRecheck
{
public:
    // None when right; E-PASSWORD-WRONG or E-LOGIN-LOCKED (with until), field "password".
    static ApiError check(QSqlDatabase db, const Account& account, const QString& password);
};
