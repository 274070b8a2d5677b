// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ActivityMessages.h"

#include <QHostAddress>
#include <QSqlDatabase>

// What happened to an account (table account_events), kept kKeepDays: each event written by the
// flow that causes it, in the transaction that makes the change (record()), so an event is there
// exactly when its change is. The client address is stored masked (maskAddress()), the device by
// its name, kind and platform at the time, so an event outlives its device's unbinding. Works on
// the connection it is given, so it can be used from any thread.
class ActivityStore
{
public:
    static constexpr int kKeepDays = 180;
    static constexpr qint64 kKeepMs = qint64(kKeepDays) * 24 * 3600 * 1000;

    explicit ActivityStore(QSqlDatabase db);

    // One event, now; inside the caller's transaction.
    bool record(qint64 accountId, const QString& type, const QHostAddress& address,
                const ActivityDevice& device = {});
    // The same, with the device looked up among the account's bound ones (none when not bound).
    bool recordOnDevice(qint64 accountId, const QString& type, const QHostAddress& address,
                        const QString& deviceId);
    // A failed sign-in: the account's row of this hour counts one more, or is made with a count of
    // one (its time and address are the first failure's).
    bool recordFailedSignIn(qint64 accountId, const QHostAddress& address);

    // Newest first, strictly before `before` (invalid: from now), at most limit events; next is
    // the `before` of the following page (ActivityPage).
    ActivityPage page(qint64 accountId, const QDateTime& before, int limit);
    // Every event kept, newest first (the export).
    QList<ActivityEvent> all(qint64 accountId);

    // The address with its last part hidden: IPv4 (also IPv4-mapped IPv6) keeps its first three
    // bytes, "203.0.113.x"; IPv6 keeps its first 64 bits (the network, not the interface), with
    // trailing zero groups dropped, "2001:db8::x". Empty for no address.
    static QString maskAddress(const QHostAddress& address);

private:
    // now, or one millisecond past the account's newest event: times are unique per account, so a
    // time is a cursor that never splits two events (SQLite's writers queue; on PostgreSQL two
    // racing transactions may still tie, which page() handles).
    qint64 nextTime(qint64 accountId, qint64 now);
    QList<ActivityEvent> select(qint64 accountId, qint64 beforeMs, int limit, QList<qint64>* times);

    QSqlDatabase m_db;
};
