// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DeviceInfo.h"
#include "DeviceMessages.h"

#include <QSqlDatabase>

// The devices bound to an account (table devices): listing, the operator's additions, unbinding,
// and the "last seen" time. Works on the connection it is given, so it can be used from any thread.
class DeviceStore
{
public:
    explicit DeviceStore(QSqlDatabase db);

    // Most recently seen first; `current` marks currentDeviceId.
    QList<BoundDevice> list(qint64 accountId, const QString& currentDeviceId = {});
    bool contains(qint64 accountId, const QString& deviceId);
    // Whether this device of the account is known: bound, and `secret` is the one it was given
    // (VerificationSecret keyed hash in trust_hash). Its ID alone, which is no secret, is not enough.
    bool trusts(qint64 accountId, const QString& deviceId, const QString& secret);
    // After a sign-in (or registration) that was let in: the device is known from now on by the
    // secret it brought, or by a new one, which is returned for the client to keep (empty when it
    // brought one). The device must be bound already (bindSignedIn).
    QString trustAfterSignIn(qint64 accountId, const QString& deviceId, const QString& brought);
    // A device that never signs in itself (a band, a scale); false when the ID is taken.
    bool add(qint64 accountId, const DeviceInfo& device);
    // A device that signed in (or registered): bound from now on, or, when it was already, its
    // name, kind, platform and last_seen brought up to date.
    void bindSignedIn(qint64 accountId, const DeviceInfo& device);
    // Removes the device and the codes sent for it; false when it was not there. Runs in the
    // caller's WriteTransaction, which revokes the device's sessions (TokenService) in the same one,
    // so its refresh token is refused from the moment that commits.
    bool unbind(qint64 accountId, const QString& deviceId);
    // Sets last_seen to now, at most once a minute per device: the skip is decided in memory,
    // so authorized requests cost no database write between two updates. In a transaction of its
    // own (WriteTransaction); inside one already, claimTouch() and markSeen() instead.
    void touch(qint64 accountId, const QString& deviceId);
    // True when the device is due for a last_seen update, which is then counted as done.
    static bool claimTouch(qint64 accountId, const QString& deviceId);
    void markSeen(qint64 accountId, const QString& deviceId);

private:
    // A new row, first and last seen now; onConflict: the SQL for a device bound already.
    bool insert(qint64 accountId, const DeviceInfo& device, const QString& platform,
                const QString& onConflict = {});

    QSqlDatabase m_db;
};
