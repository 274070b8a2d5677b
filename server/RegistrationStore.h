#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One sign-up in progress (table registrations). Times are milliseconds since the epoch, 0 when unset.
struct Registration
{
    static constexpr int kLifetimeSeconds = 30 * 60; // also how long an emailed link works
    static constexpr int kMaxCodeAttempts = 5;
    static constexpr int kSendsPerHour = 5; // per destination, over all its registrations

    QString id; // 32 hex characters
    QString channel; // "email" or "sms"
    QString destination; // normalized email or E.164 phone
    QString region;
    bool marketingOptIn = false;
    qint64 expiresAt = 0;
    QByteArray codeHash; // empty once the code is used, dead or was never delivered
    qint64 codeExpiresAt = 0;
    int codeAttempts = 0; // wrong codes entered for the current code
    QByteArray linkHash; // email only
    qint64 linkExpiresAt = 0;
    qint64 lastSentAt = 0;
    qint64 verifiedAt = 0;

    bool isVerified() const { return verifiedAt > 0; }
};

// Registrations and the per-destination send log in the database. Every state change is one
// conditional UPDATE, so two requests racing for the same registration cannot both win.
class RegistrationStore
{
public:
    explicit RegistrationStore(QSqlDatabase db);

    bool create(const Registration& registration, qint64 now);
    // Neither finished nor past its 30 minutes.
    std::optional<Registration> findLive(const QString& id, qint64 now);
    void remove(const QString& id);

    // A new code (and link) after a successful delivery: resets the attempts and logs the send.
    bool storeSent(const Registration& registration, qint64 now);
    void killCode(const QString& id);
    // Counts a wrong code; returns the attempts made on this code afterwards (-1 on failure).
    int recordWrongCode(const QString& id, int maxAttempts);
    bool markVerified(const QString& id, qint64 now);
    // Claims a verified registration for completion; true for exactly one caller.
    bool finish(const QString& id, qint64 now);

    // Sends to a destination since `since`, and the time of the oldest of them (0 when none).
    int sendsSince(const QString& destination, qint64 since, qint64* oldest);

private:
    QSqlDatabase m_db;
};
