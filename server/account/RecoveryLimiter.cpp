// SPDX-License-Identifier: Apache-2.0
#include "RecoveryLimiter.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

RecoveryLimiter::RecoveryLimiter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 RecoveryLimiter::freeAt(const QString& key, int limit, qint64 now)
{
    // The start that must leave the window before another is allowed: the limit-th newest.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT started_at FROM recovery_starts WHERE key = ? AND started_at > ? "
                                 "ORDER BY started_at DESC LIMIT 1 OFFSET ?"));
    query.addBindValue(key);
    query.addBindValue(now - kWindowMs);
    query.addBindValue(limit - 1);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong() + kWindowMs;
}

QDateTime RecoveryLimiter::limitedUntil(const QString& loginKey, const QString& addressKey, qint64 now)
{
    const qint64 until = qMax(freeAt(loginKey, kPerLogin, now), freeAt(addressKey, kPerAddress, now));
    if (until == 0)
        return {};
    // Whole seconds, rounded up: "until" goes out without milliseconds.
    return QDateTime::fromMSecsSinceEpoch((until + 999) / 1000 * 1000, Qt::UTC);
}

QDateTime RecoveryLimiter::record(const QString& loginKey, const QString& addressKey, qint64 now)
{
    // One lock for every key: the address key is shared by logins, so a per-key lock would not do.
    if (!Database::beginSerialized(m_db, QStringLiteral("recovery_starts")))
        return QDateTime::fromMSecsSinceEpoch((now + kWindowMs + 999) / 1000 * 1000, Qt::UTC);
    if (const QDateTime until = limitedUntil(loginKey, addressKey, now); until.isValid()) {
        m_db.rollback();
        return until;
    }
    QSqlQuery cleanup(m_db);
    cleanup.prepare(QStringLiteral("DELETE FROM recovery_starts WHERE started_at < ?"));
    cleanup.addBindValue(now - kWindowMs);
    bool ok = cleanup.exec();
    for (const QString& key : { loginKey, addressKey }) {
        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO recovery_starts (key, started_at) VALUES (?, ?)"));
        insert.addBindValue(key);
        insert.addBindValue(now);
        ok = insert.exec() && ok;
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return QDateTime::fromMSecsSinceEpoch((now + kWindowMs + 999) / 1000 * 1000, Qt::UTC);
    }
    return {};
}
