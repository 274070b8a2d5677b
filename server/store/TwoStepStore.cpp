// SPDX-License-Identifier: Apache-2.0
#include "TwoStepStore.h"

#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
// Runs one statement with its values bound in order; the query is left for reading.
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values)
{
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec();
}
} // namespace

TwoStepStore::TwoStepStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool TwoStepStore::isOn(qint64 accountId)
{
    return find(accountId).has_value();
}

std::optional<TwoStepStore::Enabled> TwoStepStore::find(qint64 accountId)
{
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT sealed_secret, last_step FROM two_step WHERE account_id = ?"),
             { accountId })
        || !query.next())
        return std::nullopt;
    return Enabled { query.value(0).toByteArray(), query.value(1).toLongLong() };
}

bool TwoStepStore::replaceSetup(qint64 accountId, const QString& setupId, const QByteArray& sealedSecret,
                                qint64 now, qint64 expiresAt)
{
    WriteTransaction transaction(m_db);
    QSqlQuery drop(m_db);
    QSqlQuery insert(m_db);
    return transaction.isActive()
        && run(drop, QStringLiteral("DELETE FROM two_step_setups WHERE account_id = ?"), { accountId })
        && run(insert,
               QStringLiteral("INSERT INTO two_step_setups (id, account_id, sealed_secret, created_at, "
                              "expires_at) VALUES (?, ?, ?, ?, ?)"),
               { setupId, accountId, sealedSecret, now, expiresAt })
        && transaction.commit();
}

TwoStepStore::SetupAttempt TwoStepStore::claimSetupAttempt(const QString& setupId, qint64 accountId,
                                                           int maxAttempts, qint64 now)
{
    SetupAttempt attempt;
    QSqlQuery claim(m_db);
    if (run(claim,
            QStringLiteral(
                "UPDATE two_step_setups SET attempts = attempts + 1 WHERE id = ? AND account_id = ? "
                "AND expires_at > ? AND attempts < ? RETURNING attempts, sealed_secret"),
            { setupId, accountId, now, maxAttempts })
        && claim.next()) {
        attempt.outcome = SetupAttempt::Outcome::Claimed;
        attempt.attempts = claim.value(0).toInt();
        attempt.sealedSecret = claim.value(1).toByteArray();
        return attempt;
    }
    QSqlQuery why(m_db);
    if (run(why,
            QStringLiteral("SELECT attempts FROM two_step_setups WHERE id = ? AND account_id = ? AND "
                           "expires_at > ?"),
            { setupId, accountId, now })
        && why.next()) {
        attempt.outcome = SetupAttempt::Outcome::Exhausted;
        attempt.attempts = why.value(0).toInt();
    }
    return attempt;
}

TwoStepStore::EnableResult TwoStepStore::enable(qint64 accountId, const QString& setupId, qint64 step,
                                                const QList<QByteArray>& backupCodeHashes, qint64 now,
                                                const std::function<bool()>& alongside)
{
    WriteTransaction transaction(m_db);
    if (!transaction.isActive())
        return EnableResult::Failed;
    // The setup is taken and its secret copied in the same transaction: of two confirmations at
    // once, one finds it gone.
    QSqlQuery take(m_db);
    if (!run(take,
             QStringLiteral(
                 "DELETE FROM two_step_setups WHERE id = ? AND account_id = ? RETURNING sealed_secret"),
             { setupId, accountId }))
        return EnableResult::Failed;
    if (!take.next())
        return EnableResult::SetupGone;
    const QByteArray sealedSecret = take.value(0).toByteArray();
    take.finish();
    QSqlQuery insert(m_db);
    if (!run(insert,
             QStringLiteral("INSERT INTO two_step (account_id, sealed_secret, enabled_at, last_step) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO NOTHING"),
             { accountId, sealedSecret, now, step }))
        return EnableResult::Failed;
    if (insert.numRowsAffected() != 1)
        return EnableResult::AlreadyOn;
    QSqlQuery dropOld(m_db);
    if (!run(dropOld, QStringLiteral("DELETE FROM two_step_backup_codes WHERE account_id = ?"),
             { accountId }))
        return EnableResult::Failed;
    for (const QByteArray& hash : backupCodeHashes) {
        QSqlQuery code(m_db);
        if (!run(code,
                 QStringLiteral("INSERT INTO two_step_backup_codes (account_id, code_hash) VALUES (?, ?)"),
                 { accountId, hash }))
            return EnableResult::Failed;
    }
    if (alongside && !alongside())
        return EnableResult::Failed;
    return transaction.commit() ? EnableResult::Enabled : EnableResult::Failed;
}

bool TwoStepStore::disable(qint64 accountId, const std::function<bool()>& alongside)
{
    WriteTransaction transaction(m_db);
    QSqlQuery secret(m_db);
    if (!transaction.isActive()
        || !run(secret, QStringLiteral("DELETE FROM two_step WHERE account_id = ?"), { accountId })
        || secret.numRowsAffected() != 1)
        return false;
    for (const char* table : { "two_step_backup_codes", "two_step_setups" }) {
        QSqlQuery query(m_db);
        if (!run(query, QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
                 { accountId }))
            return false;
    }
    return (!alongside || alongside()) && transaction.commit();
}

bool TwoStepStore::acceptStep(qint64 accountId, qint64 step)
{
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE two_step SET last_step = ? WHERE account_id = ? AND last_step < ?"),
               { step, accountId, step })
        && query.numRowsAffected() == 1;
}

bool TwoStepStore::useBackupCode(qint64 accountId, const QByteArray& codeHash, qint64 now)
{
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE two_step_backup_codes SET used_at = ? WHERE account_id = ? AND "
                              "code_hash = ? AND used_at IS NULL"),
               { now, accountId, codeHash })
        && query.numRowsAffected() == 1;
}

int TwoStepStore::backupCodesLeft(qint64 accountId)
{
    QSqlQuery query(m_db);
    if (!run(query,
             QStringLiteral(
                 "SELECT COUNT(*) FROM two_step_backup_codes WHERE account_id = ? AND used_at IS NULL"),
             { accountId })
        || !query.next())
        return 0;
    return query.value(0).toInt();
}
