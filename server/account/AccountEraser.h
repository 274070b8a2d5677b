// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>

struct Account;

// Deletes an account for good, in one transaction: every token, session, device, challenge and
// code of it, its two-step secret and backup codes, its row in accounts (email, phone, password hash, region,
// marketing choice), and whatever other tables keep its email, phone or ID as a key (sign-up attempts, send
// and failure logs). What remains is an account_deletions row with its ID and the time, for audits and so the
// ID is never given to someone else.
class AccountEraser
{
public:
    explicit AccountEraser(QSqlDatabase db);
    bool erase(const Account& account);

private:
    QSqlDatabase m_db;
};
