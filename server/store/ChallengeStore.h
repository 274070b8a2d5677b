// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "VerificationStore.h"

#include <QSqlDatabase>
#include <optional>

// A code challenge of a password change, a recovery, or an email or phone change (table
// challenges). accountId is 0 only for the stand-in recovery of a login without an account.
struct Challenge : VerificationState
{
    qint64 accountId = 0;
    QString choiceEmail; // recovery: where a code may go; empty when not offered
    QString choicePhone;
    qint64 expiresAt = 0;
    qint64 verifiedAt = 0;
    QString deviceId; // device-verification: the device the code lets sign in

    bool hasDestination() const { return !destination.isEmpty(); }
};

class ChallengeStore
{
public:
    explicit ChallengeStore(QSqlDatabase db);

    // Also drops challenges a day past their end.
    bool create(const Challenge& challenge, qint64 now);
    // Of this purpose (any purpose when empty), neither finished nor past its 30 minutes.
    std::optional<Challenge> findLive(const QString& id, const QString& purpose, qint64 now);
    // Recovery: the channel chosen; the code of another channel dies with the switch.
    bool setDestination(const QString& id, const QString& channel, const QString& destination);
    bool markVerified(const QString& id, qint64 now);
    // Uses the challenge up; true for exactly one caller.
    bool finish(const QString& id, qint64 now);

    VerificationStore codes() const { return VerificationStore(m_db, QStringLiteral("challenges")); }

private:
    QSqlDatabase m_db;
};
