// SPDX-License-Identifier: Apache-2.0
#include "ChallengeStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

ChallengeStore::ChallengeStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ChallengeStore::create(const Challenge& challenge, qint64 now)
{
    return codes().insert(
        QStringLiteral("INSERT INTO challenges (id, purpose, account_id, channel, destination, choice_email, "
                       "choice_phone, created_at, expires_at, device_id, silent) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { challenge.id, challenge.purpose,
          challenge.accountId > 0 ? QVariant(challenge.accountId) : QVariant(), textOrNull(challenge.channel),
          textOrNull(challenge.destination), textOrNull(challenge.choiceEmail),
          textOrNull(challenge.choicePhone), now, challenge.expiresAt, textOrNull(challenge.deviceId),
          challenge.silent ? 1 : 0 },
        now);
}

std::optional<Challenge> ChallengeStore::findLive(const QString& id, const QString& purpose, qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT account_id, channel, destination, choice_email, choice_phone, expires_at, code_hash, "
        "code_expires_at, code_attempts, last_sent_at, verified_at, purpose, device_id, silent FROM "
        "challenges "
        "WHERE id = ? AND (COALESCE(?, '') = '' OR purpose = ?) AND finished_at IS NULL AND expires_at > ?"));
    query.addBindValue(id);
    query.addBindValue(purpose);
    query.addBindValue(purpose);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Challenge c;
    c.id = id;
    c.purpose = query.value(11).toString();
    c.accountId = query.value(0).toLongLong();
    c.channel = query.value(1).toString();
    c.destination = query.value(2).toString();
    c.choiceEmail = query.value(3).toString();
    c.choicePhone = query.value(4).toString();
    c.expiresAt = query.value(5).toLongLong();
    c.codeHash = query.value(6).toByteArray();
    c.codeExpiresAt = query.value(7).toLongLong();
    c.codeAttempts = query.value(8).toInt();
    c.lastSentAt = query.value(9).toLongLong();
    c.verifiedAt = query.value(10).toLongLong();
    c.deviceId = query.value(12).toString();
    // Recovery stand-ins have no account; a contact change to a taken address is silent by mark.
    c.silent = c.accountId == 0 || query.value(13).toInt() != 0;
    return c;
}

bool ChallengeStore::setDestination(const QString& id, const QString& channel, const QString& destination)
{
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE challenges SET channel = ?, destination = ?, code_hash = NULL, "
                                  "verified_at = NULL WHERE id = ? AND finished_at IS NULL "
                                  "AND (destination IS NULL OR destination <> ?)"));
    update.addBindValue(channel);
    update.addBindValue(destination);
    update.addBindValue(id);
    update.addBindValue(destination);
    return update.exec();
}

bool ChallengeStore::markVerified(const QString& id, qint64 now)
{
    return codes().updateOne(
        QStringLiteral("UPDATE challenges SET verified_at = ? WHERE id = ? AND finished_at IS NULL"),
        { now, id });
}

bool ChallengeStore::finish(const QString& id, qint64 now)
{
    // The code goes with it: single use.
    return codes().updateOne(
        QStringLiteral("UPDATE challenges SET finished_at = ?, code_hash = NULL WHERE id = ? "
                       "AND finished_at IS NULL AND expires_at > ?"),
        { now, id, now });
}
