// SPDX-License-Identifier: Apache-2.0
#include "LoginThrottle.h"

#include <QSqlQuery>
#include <QVariant>

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

LoginThrottle::LoginThrottle(QSqlDatabase db)
    : m_db(std::move(db))
{
}

int LoginThrottle::failures(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT failures FROM login_failures WHERE key = ? AND last_failure > ?"));
    query.addBindValue(key);
    query.addBindValue(nowMs() - kWindowMs);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QDateTime LoginThrottle::lockedUntil(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT locked_until FROM login_failures WHERE key = ? AND locked_until > ?"));
    query.addBindValue(key);
    query.addBindValue(nowMs());
    if (!query.exec() || !query.next())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
}

int LoginThrottle::recordFailure(const QString& key, qint64 windowMs)
{
    // One statement, so concurrent failures for the same key all count, in every server process;
    // it returns the count it made. The old row's columns are named with the table: PostgreSQL
    // finds a bare name ambiguous beside "excluded".
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO login_failures (key, failures, last_failure) VALUES (?, 1, ?) "
                       "ON CONFLICT (key) DO UPDATE SET failures = CASE WHEN login_failures.last_failure > ? "
                       "THEN login_failures.failures + 1 ELSE 1 END, last_failure = excluded.last_failure "
                       "RETURNING failures"));
    const qint64 now = nowMs();
    query.addBindValue(key);
    query.addBindValue(now);
    query.addBindValue(now - windowMs);
    return query.exec() && query.next() ? query.value(0).toInt() : failures(key);
}

void LoginThrottle::undoFailure(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE login_failures SET failures = failures - 1 WHERE key = ? AND failures > 0"));
    query.addBindValue(key);
    query.exec();
}

QString LoginThrottle::streakKey(qint64 accountId)
{
    return QStringLiteral("streak:account:%1").arg(accountId);
}

QDateTime LoginThrottle::lock(const QString& key)
{
    // Whole seconds: "until" goes out as an ISO time without milliseconds.
    const qint64 until = (nowMs() + kWindowMs) / 1000 * 1000 + 1000;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE login_failures SET locked_until = ? WHERE key = ?"));
    query.addBindValue(until);
    query.addBindValue(key);
    query.exec();
    return QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
}

void LoginThrottle::reset(const QString& key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM login_failures WHERE key = ?"));
    query.addBindValue(key);
    query.exec();
}
