// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Failed sign-ins counted per key ("account:…" or a login, "addr:…" for a client address) in the
// database, so a restart does not wipe the count. A count fades 15 minutes after its last failure;
// a streak ("streak:account:…") never fades and ends only with a success (NIST SP 800-63B 5.2.2).
class LoginThrottle
{
public:
    static constexpr int kCaptchaAfter = 3; // failures before a captcha is needed
    static constexpr int kLockAfter = 10; // failures that lock the login
    static constexpr qint64 kWindowMs = 15 * 60 * 1000; // lock length, and how long a count lives
    // Failures in a row after which the password alone never signs in: a code to the account's
    // email or phone (or a recovery) is needed as well.
    static constexpr int kStreakLimit = 100;

    explicit LoginThrottle(QSqlDatabase db);

    int failures(const QString& key);
    QDateTime lockedUntil(const QString& key); // invalid when not locked
    // The new count. Sign-ins record a failure before they hash the password, so requests in flight
    // all see each other's attempts; one that then succeeds takes its attempt back (undoFailure).
    int recordFailure(const QString& key, qint64 windowMs = kWindowMs);
    void undoFailure(const QString& key);
    static QString streakKey(qint64 accountId);
    QDateTime lock(const QString& key); // locks for kWindowMs and returns the end
    void reset(const QString& key);

private:
    QSqlDatabase m_db;
};
