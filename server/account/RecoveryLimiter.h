// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// How many password recoveries may start per login and per client address within an hour, kept
// in the database (table recovery_starts) so a restart does not reset it. Unknown logins count
// like known ones, so the limit tells nothing about which logins exist. Email and phone changes
// are limited with it too, under keys of their own ("contact-change:…").
class RecoveryLimiter
{
public:
    static constexpr int kPerLogin = 5;
    static constexpr int kPerAddress = 20;
    static constexpr qint64 kWindowMs = 3600 * 1000;

    explicit RecoveryLimiter(QSqlDatabase db);

    // Invalid when both keys are under their limits; otherwise when the later of the two frees up.
    QDateTime limitedUntil(const QString& loginKey, const QString& addressKey, qint64 now);
    // Records a start unless a limit was reached meanwhile (another request, another server
    // process): the check and the insert run as one serialized transaction. Returns an invalid
    // time when recorded, otherwise what limitedUntil() would say.
    QDateTime record(const QString& loginKey, const QString& addressKey, qint64 now);

private:
    qint64 freeAt(const QString& key, int limit, qint64 now); // 0 when under the limit

    QSqlDatabase m_db;
};
