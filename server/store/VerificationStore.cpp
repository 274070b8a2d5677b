// SPDX-License-Identifier: Apache-2.0
#include "VerificationStore.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;

QVariant blob(const QByteArray& bytes)
{
    return bytes.isEmpty() ? QVariant() : QVariant(bytes);
}

QSqlQuery prepared(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query;
}
} // namespace

VerificationStore::VerificationStore(QSqlDatabase db, QString table)
    : m_db(std::move(db))
    , m_table(std::move(table))
{
}

QString VerificationStore::quotaOf(const QString& purpose)
{
    return purpose == QLatin1String("registration") || purpose == QLatin1String("recovery")
        ? QStringLiteral("open")
        : QStringLiteral("owner");
}

VerificationStore::SendClaim VerificationStore::claimSend(const VerificationState& state, qint64 now,
                                                          qint64 intervalMs, int perHour, qint64* oldest)
{
    const QString quota = quotaOf(state.purpose);
    if (!Database::beginSerialized(m_db, QStringLiteral("code_sends:") + state.destination))
        return SendClaim::Failed;
    if (sendsSince(state.destination, quota, now - kHourMs, oldest) >= perHour) {
        m_db.rollback();
        return SendClaim::HourlyLimit;
    }
    if (sendsSince(state.destination, quota, now - kDayMs, oldest) >= VerificationState::kSendsPerDay) {
        m_db.rollback();
        return SendClaim::DailyLimit;
    }
    // A recovery is started by anyone who types a login: its resends are few.
    const bool counted = m_table == QLatin1String("challenges") && state.purpose == QLatin1String("recovery");
    QSqlQuery claim(m_db);
    claim.prepare(QStringLiteral("UPDATE %1 SET last_sent_at = ?%2 WHERE id = ? AND finished_at IS NULL AND "
                                 "(last_sent_at IS NULL OR last_sent_at <= ?)%3")
                      .arg(m_table, counted ? QStringLiteral(", sends = sends + 1") : QString(),
                           counted
                               ? QStringLiteral(" AND sends < %1").arg(VerificationState::kSendsPerRecovery)
                               : QString()));
    claim.addBindValue(now);
    claim.addBindValue(state.id);
    claim.addBindValue(now - intervalMs);
    if (!claim.exec() || claim.numRowsAffected() != 1) {
        bool spent = false;
        if (counted) {
            QSqlQuery sends(m_db);
            sends.prepare(QStringLiteral("SELECT sends FROM challenges WHERE id = ?"));
            sends.addBindValue(state.id);
            spent = sends.exec() && sends.next()
                && sends.value(0).toInt() >= VerificationState::kSendsPerRecovery;
        }
        m_db.rollback();
        return spent ? SendClaim::ChallengeLimit : SendClaim::TooEarly;
    }
    QSqlQuery log(m_db);
    log.prepare(QStringLiteral("INSERT INTO code_sends (destination, sent_at, quota) VALUES (?, ?, ?)"));
    log.addBindValue(state.destination);
    log.addBindValue(now);
    log.addBindValue(quota);
    if (!log.exec() || !m_db.commit()) {
        m_db.rollback();
        return SendClaim::Failed;
    }
    return SendClaim::Claimed;
}

void VerificationStore::releaseSend(const VerificationState& state, qint64 claimedAt)
{
    QSqlQuery release(m_db);
    // A recovery's failed send does not count towards its few either.
    const bool counted = m_table == QLatin1String("challenges") && state.purpose == QLatin1String("recovery");
    release.prepare(QStringLiteral("UPDATE %1 SET last_sent_at = ?%2 WHERE id = ? AND last_sent_at = ?")
                        .arg(m_table, counted ? QStringLiteral(", sends = sends - 1") : QString()));
    release.addBindValue(state.lastSentAt > 0 ? QVariant(state.lastSentAt) : QVariant());
    release.addBindValue(state.id);
    release.addBindValue(claimedAt);
    release.exec();
    QSqlQuery unlog(m_db);
    unlog.prepare(QStringLiteral("DELETE FROM code_sends WHERE destination = ? AND sent_at = ?"));
    unlog.addBindValue(state.destination);
    unlog.addBindValue(claimedAt);
    unlog.exec();
}

bool VerificationStore::insert(const QString& sql, const QVariantList& values, qint64 now)
{
    prune(now);
    QSqlQuery insert = prepared(m_db, sql, values);
    return insert.exec();
}

bool VerificationStore::updateOne(const QString& sql, const QVariantList& values) const
{
    QSqlQuery update = prepared(m_db, sql, values);
    return update.exec() && update.numRowsAffected() == 1;
}

bool VerificationStore::storeSent(const VerificationState& state, qint64 now)
{
    return updateOne(QStringLiteral("UPDATE %1 SET code_hash = ?, code_expires_at = ?, code_attempts = 0, "
                                    "link_hash = ?, link_expires_at = ?, last_sent_at = ? "
                                    "WHERE id = ? AND finished_at IS NULL")
                         .arg(m_table),
                     { blob(state.codeHash), state.codeExpiresAt, blob(state.linkHash), state.linkExpiresAt,
                       now, state.id });
}

void VerificationStore::killCode(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE %1 SET code_hash = NULL, link_hash = NULL WHERE id = ?").arg(m_table));
    query.addBindValue(id);
    query.exec();
}

VerificationStore::Attempt VerificationStore::claimAttempt(const QString& id, int maxAttempts, qint64 now)
{
    Attempt attempt;
    QSqlQuery claim(m_db);
    claim.prepare(QStringLiteral("UPDATE %1 SET code_attempts = code_attempts + 1 WHERE id = ? AND "
                                 "code_attempts < ? AND code_hash IS NOT NULL AND code_expires_at > ? "
                                 "RETURNING code_attempts, code_hash")
                      .arg(m_table));
    claim.addBindValue(id);
    claim.addBindValue(maxAttempts);
    claim.addBindValue(now);
    if (claim.exec() && claim.next()) {
        attempt.claimed = true;
        attempt.attempts = claim.value(0).toInt();
        attempt.codeHash = claim.value(1).toByteArray();
        attempt.codeAlive = true;
        return attempt;
    }
    QSqlQuery why(m_db);
    why.prepare(QStringLiteral("SELECT code_attempts, code_hash IS NOT NULL AND code_expires_at > ? FROM %1 "
                               "WHERE id = ?")
                    .arg(m_table));
    why.addBindValue(now);
    why.addBindValue(id);
    if (why.exec() && why.next()) {
        attempt.attempts = why.value(0).toInt();
        attempt.codeAlive = why.value(1).toBool();
    }
    return attempt;
}

void VerificationStore::refundAttempt(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE %1 SET code_attempts = code_attempts - 1 WHERE id = ? AND code_attempts > 0")
            .arg(m_table));
    query.addBindValue(id);
    query.exec();
}

void VerificationStore::killExhaustedCode(const QString& id, int maxAttempts)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE %1 SET code_hash = NULL WHERE id = ? AND code_attempts >= ?").arg(m_table));
    query.addBindValue(id);
    query.addBindValue(maxAttempts);
    query.exec();
}

int VerificationStore::sendsSince(const QString& destination, const QString& quota, qint64 since,
                                  qint64* oldest)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT COUNT(*), COALESCE(MIN(sent_at), 0) FROM code_sends WHERE destination = ? "
                       "AND quota = ? AND sent_at > ?"));
    query.addBindValue(destination);
    query.addBindValue(quota);
    query.addBindValue(since);
    if (!query.exec() || !query.next())
        return 0;
    *oldest = query.value(1).toLongLong();
    return query.value(0).toInt();
}

QString VerificationStore::languageOf(const QString& id) const
{
    QSqlQuery query(m_db);
    // Looked up at each send, not kept with the challenge: a language changed in between counts.
    query.prepare(m_table == QLatin1String("registrations")
                      ? QStringLiteral("SELECT language FROM registrations WHERE id = ?")
                      : QStringLiteral("SELECT accounts.language FROM %1 JOIN accounts ON accounts.id = "
                                       "%1.account_id WHERE %1.id = ?")
                            .arg(m_table));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QStringLiteral("en");
}

void VerificationStore::prune(qint64 now)
{
    QSqlQuery ended(m_db);
    ended.prepare(QStringLiteral("DELETE FROM %1 WHERE expires_at < ?").arg(m_table));
    ended.addBindValue(now - kDayMs);
    ended.exec();
    QSqlQuery sends(m_db);
    sends.prepare(QStringLiteral("DELETE FROM code_sends WHERE sent_at < ?"));
    sends.addBindValue(now - kDayMs);
    sends.exec();
}
