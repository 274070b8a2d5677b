#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Failed sign-ins counted per key ("login:…" for a login, "addr:…" for a client address) in the
// database, so a restart does not wipe the count. A count fades 15 minutes after its last failure.
class LoginThrottle
{
public:
    static constexpr int kCaptchaAfter = 3; // failures before a captcha is needed
    static constexpr int kLockAfter = 10; // failures that lock the login
    static constexpr qint64 kWindowMs = 15 * 60 * 1000; // lock length, and how long a count lives

    explicit LoginThrottle(QSqlDatabase db);

    int failures(const QString& key);
    QDateTime lockedUntil(const QString& key); // invalid when not locked
    int recordFailure(const QString& key); // the new count
    QDateTime lock(const QString& key); // locks for kWindowMs and returns the end
    void reset(const QString& key);

private:
    QSqlDatabase m_db;
};
