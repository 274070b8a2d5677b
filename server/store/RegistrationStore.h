// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "VerificationStore.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One sign-up in progress (table registrations): the code state plus what the account will get.
struct Registration : VerificationState
{
    QString region;
    bool marketingOptIn = false;
    QString language = QStringLiteral("en"); // the app's, for the code and then the account
    qint64 expiresAt = 0;
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

    // The code columns of this table, shared with the other challenges.
    VerificationStore codes() const { return VerificationStore(m_db, QStringLiteral("registrations")); }
    bool markVerified(const QString& id, qint64 now);
    // Claims a verified registration for completion; true for exactly one caller.
    bool finish(const QString& id, qint64 now);

private:
    QSqlDatabase m_db;
};
