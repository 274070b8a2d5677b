// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

// Two-step verification in the database: the secret of an account that has it on (two_step), the
// setups waiting for their first code (two_step_setups) and the backup codes (two_step_backup_codes),
// secrets sealed and codes hashed by TwoStepSecret. Every change that two requests could race for
// is one conditional statement (or one WriteTransaction), so a TOTP step, a backup code or a setup
// is taken by exactly one of them.
class TwoStepStore
{
public:
    struct Enabled
    {
        QByteArray sealedSecret;
        qint64 lastStep = 0; // the TOTP step of the last code accepted
    };
    struct SetupAttempt
    {
        enum class Outcome { Claimed, Exhausted, NotFound } outcome = Outcome::NotFound;
        int attempts = 0; // this one included
        QByteArray sealedSecret; // when Claimed
    };
    enum class EnableResult { Enabled, AlreadyOn, SetupGone, Failed };

    explicit TwoStepStore(QSqlDatabase db);

    bool isOn(qint64 accountId);
    std::optional<Enabled> find(qint64 accountId);

    // A new setup for the account, replacing any older one of it (one transaction).
    bool replaceSetup(qint64 accountId, const QString& setupId, const QByteArray& sealedSecret, qint64 now,
                      qint64 expiresAt);
    // One try at a live setup of this account, counted in the statement that checks one is left:
    // Claimed with the secret, Exhausted (the setup is there but its tries are spent) or NotFound
    // (unknown, expired, or another account's).
    SetupAttempt claimSetupAttempt(const QString& setupId, qint64 accountId, int maxAttempts, qint64 now);
    // In one transaction: the setup is used up, its secret is the account's with `step` as the last
    // one accepted, and the backup codes (hashes) replace any older ones. alongside: more writes
    // of the same change (its activity event), in the same transaction; false from it undoes all.
    EnableResult enable(qint64 accountId, const QString& setupId, qint64 step,
                        const QList<QByteArray>& backupCodeHashes, qint64 now,
                        const std::function<bool()>& alongside = {});
    // Two-step off: the secret, the backup codes and any setup go (one transaction, with
    // alongside as for enable()). False when it was not on or the database failed.
    bool disable(qint64 accountId, const std::function<bool()>& alongside = {});

    // Takes the TOTP step: true for exactly one caller, and only when it is later than the last one
    // accepted (a code seen once, on the wire or over a shoulder, never works again).
    bool acceptStep(qint64 accountId, qint64 step);
    // Uses an unused backup code up: true for exactly one caller.
    bool useBackupCode(qint64 accountId, const QByteArray& codeHash, qint64 now);
    int backupCodesLeft(qint64 accountId);

private:
    QSqlDatabase m_db;
};
