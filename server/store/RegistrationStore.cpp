// SPDX-License-Identifier: Apache-2.0
#include "RegistrationStore.h"

#include <QSqlQuery>
#include <QVariant>

RegistrationStore::RegistrationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool RegistrationStore::create(const Registration& registration, qint64 now)
{
    return codes().insert(
        QStringLiteral("INSERT INTO registrations (id, channel, destination, region, "
                       "marketing_opt_in, created_at, expires_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { registration.id, registration.channel, registration.destination, registration.region,
          registration.marketingOptIn ? 1 : 0, now, registration.expiresAt, registration.language },
        now);
}

std::optional<Registration> RegistrationStore::findLive(const QString& id, qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT channel, destination, region, marketing_opt_in, expires_at, code_hash, code_expires_at, "
        "code_attempts, link_hash, link_expires_at, last_sent_at, verified_at, language FROM registrations "
        "WHERE id = ? AND finished_at IS NULL AND expires_at > ?"));
    query.addBindValue(id);
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Registration r;
    r.id = id;
    r.purpose = QStringLiteral("registration");
    r.channel = query.value(0).toString();
    r.destination = query.value(1).toString();
    r.region = query.value(2).toString();
    r.marketingOptIn = query.value(3).toInt() != 0;
    r.expiresAt = query.value(4).toLongLong();
    r.codeHash = query.value(5).toByteArray();
    r.codeExpiresAt = query.value(6).toLongLong();
    r.codeAttempts = query.value(7).toInt();
    r.linkHash = query.value(8).toByteArray();
    r.linkExpiresAt = query.value(9).toLongLong();
    r.lastSentAt = query.value(10).toLongLong();
    r.verifiedAt = query.value(11).toLongLong();
    r.language = query.value(12).toString();
    return r;
}

void RegistrationStore::remove(const QString& id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM registrations WHERE id = ?"));
    query.addBindValue(id);
    query.exec();
}

bool RegistrationStore::markVerified(const QString& id, qint64 now)
{
    // Code and link are single use: both go once either has been used.
    return codes().updateOne(QStringLiteral("UPDATE registrations SET verified_at = ?, code_hash = NULL, "
                                            "link_hash = NULL WHERE id = ? AND finished_at IS NULL"),
                             { now, id });
}

bool RegistrationStore::finish(const QString& id, qint64 now)
{
    return codes().updateOne(
        QStringLiteral("UPDATE registrations SET finished_at = ? WHERE id = ? AND "
                       "finished_at IS NULL AND verified_at IS NOT NULL AND expires_at > ?"),
        { now, id, now });
}
