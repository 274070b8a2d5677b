// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "TwoStepMessages.h"

#include <QSqlDatabase>
#include <functional>
#include <optional>

struct Account;

// Two-step verification with an authenticator app (issue #18): the setup of a new secret, its
// confirmation with the first code (which switches it on and hands out the backup codes), and the
// check of a code where one is asked for. A TOTP code (Totp) works only for a time step later than
// the last one accepted for the account, so no code works twice; a backup code works once. The
// secrets and codes are kept by TwoStepStore as TwoStepSecret seals and hashes them.
class TwoStepService
{
public:
    static constexpr int kSetupAttempts = 5; // wrong codes a setup takes; then a new setup is needed
    static constexpr int kSetupLifetimeSeconds = 15 * 60;
    static constexpr int kBackupCodes = 10;

    explicit TwoStepService(QSqlDatabase db);

    // A new secret for the account, not in force until confirmed; replaces an older setup. None
    // with *setup, or E-TWO-STEP-ALREADY-ON, E-INTERNAL.
    ApiError start(const Account& account, qint64 nowMs, TwoStepSetup* setup);
    // The first code for a setup: None with the backup codes (shown once, stored hashed) and
    // two-step on; E-CHALLENGE-NOT-FOUND at setupId (unknown, expired, another account's),
    // E-CODE-WRONG at code with attemptsLeft, E-CODE-ATTEMPTS-EXCEEDED at code (the setup's tries
    // are spent: start a new one), E-TWO-STEP-ALREADY-ON, E-INTERNAL.
    // alongside: more writes of the change (its activity event), in its transaction.
    ApiError confirm(const Account& account, const TwoStepConfirmRequest& request, qint64 nowMs,
                     TwoStepBackupCodes* codes, const std::function<bool()>& alongside = {});
    // A TOTP code of a step later than the last one accepted (within Totp::kDrift of now), or an
    // unused backup code: true, and it is used up. Counts nothing: the caller does.
    bool accept(qint64 accountId, const QString& code, qint64 nowMs);

    // For the changes other than sign-in that a two-step account guards with a code (a recovery's
    // completion, deletion): None when two-step is off or the answer's code is accepted;
    // E-TWO-STEP-REQUIRED at twoStep without an answer; otherwise as check() at twoStep.code.
    ApiError require(const Account& account, const std::optional<TwoStepAnswer>& answer, qint64 nowMs);
    // The code through accept(), with wrong ones counted towards the account's sign-in lock as
    // PasswordRecheck counts wrong passwords: while the account is locked no code is taken, so a
    // code cannot be guessed faster here than at sign-in. None; E-CODE-WRONG or E-LOGIN-LOCKED
    // (with until) at field.
    ApiError check(const Account& account, const QString& code, const QString& field, qint64 nowMs);
    // Off: the secret, the backup codes and any setup are deleted, with alongside in the same
    // transaction. False when it was not on.
    bool disable(qint64 accountId, const std::function<bool()>& alongside = {});

private:
    QSqlDatabase m_db;
};
