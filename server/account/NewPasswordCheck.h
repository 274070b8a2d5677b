// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

struct Account;

// The rules for a password that replaces an account's password (change and recovery): the
// password policy against each of the account's logins (email, phone, ID), and not the current
// password again (reason "same_as_current"). The latter is an Argon2id check: worker thread only.
class NewPasswordCheck
{
public:
    // None, or E-PASSWORD-WEAK on `field` with every reason, policy reasons first.
    static ApiError check(const QString& password, const Account& account,
                          const QString& field = QStringLiteral("newPassword"));
};
