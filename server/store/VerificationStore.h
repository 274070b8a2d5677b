// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "VerificationState.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

// The code columns of a table of challenges ("registrations" or "challenges": both have id,
// code_hash, code_expires_at, code_attempts, link_hash, link_expires_at, last_sent_at, finished_at)
// and the per-destination send log, code_sends. Every change is one conditional statement, so
// two requests racing for the same challenge cannot both win.
class VerificationStore
{
public:
    VerificationStore(QSqlDatabase db, QString table);

    enum class SendClaim { Claimed, TooEarly, HourlyLimit, DailyLimit, ChallengeLimit, Failed };
    // Takes the right to send now: Claimed for exactly one caller when the last send was at least
    // intervalMs ago (or there was none), the destination had fewer than perHour sends in the last
    // hour and kSendsPerDay in the last day in this flow's quota (quotaOf), and a recovery had fewer
    // than kSendsPerRecovery, counting this one in code_sends at once. Check and count run as one serialized
    // transaction, so racing requests (in any server process) cannot pass the limit together.
    // *oldest: the oldest send of the hour, for HourlyLimit.
    SendClaim claimSend(const VerificationState& state, qint64 now, qint64 intervalMs, int perHour,
                        qint64* oldest);
    // Gives a claim back after a failed delivery, so the user may retry at once and the failed
    // send does not count.
    void releaseSend(const VerificationState& state, qint64 claimedAt);
    // A new code (and link) after a delivery: resets the attempts.
    bool storeSent(const VerificationState& state, qint64 now);
    void killCode(const QString& id);
    // One try at the current code, counted in the same statement that checks one is left and the
    // code is alive, so of any number of requests at once (in any server process) at most
    // maxAttempts get one. claimed: this caller may judge `codeHash`; attempts: the tries made,
    // this one included (or, unclaimed, as they stand); codeAlive: unclaimed for want of a live code.
    struct Attempt
    {
        bool claimed = false;
        int attempts = 0;
        QByteArray codeHash;
        bool codeAlive = false;
    };
    Attempt claimAttempt(const QString& id, int maxAttempts, qint64 now);
    // A right code gives its try back (verify, then complete, checks the same code twice).
    void refundAttempt(const QString& id);
    // The last allowed try was wrong: the code dies (its link, if any, lives on).
    void killExhaustedCode(const QString& id, int maxAttempts);
    // Sends to a destination in a quota since `since`, and the time of the oldest of them (0 when none).
    int sendsSince(const QString& destination, const QString& quota, qint64 since, qint64* oldest);
    // Drops the table's rows a day past their end, and send-log entries older than a day: old
    // rows are of no use, and are dropped as new ones come rather than by a timer.
    void prune(qint64 now);
    // The language the challenge's messages are written in: a registration's own, the account's
    // for the other challenges; "en" when neither is known.
    QString languageOf(const QString& id) const;
    // "open" for what anyone can start (registration, recovery), "owner" for the rest.
    static QString quotaOf(const QString& purpose);

    // Stores a new row of either table (an INSERT, its values bound in order), after dropping the
    // table's old rows (prune).
    bool insert(const QString& sql, const QVariantList& values, qint64 now);
    // Runs an UPDATE of one row of either table, its values bound in order: true when exactly that
    // row changed. Each state change is one such conditional statement, and this is how the one of
    // two racing requests that won learns it.
    bool updateOne(const QString& sql, const QVariantList& values) const;

    QSqlDatabase database() const { return m_db; }
    QString table() const { return m_table; }

private:
    QSqlDatabase m_db;
    QString m_table; // a constant of the code, never user input
};
