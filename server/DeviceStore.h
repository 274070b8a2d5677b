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
    // A device that never signs in itself (a band, a scale); false when the ID is taken.
    bool add(qint64 accountId, const DeviceInfo& device);
    // Removes the device and revokes every session and token it holds, in one transaction, so
    // its refresh token is refused from the moment this returns true.
    bool unbind(qint64 accountId, const QString& deviceId);
    // Sets last_seen to now, at most once a minute per device: the skip is decided in memory,
    // so authorized requests cost no database write between two updates. In a transaction of its
    // own (WriteTransaction); inside one already, claimTouch() and markSeen() instead.
    void touch(qint64 accountId, const QString& deviceId);
    // True when the device is due for a last_seen update, which is then counted as done.
    static bool claimTouch(qint64 accountId, const QString& deviceId);
    void markSeen(qint64 accountId, const QString& deviceId);

private:
    QSqlDatabase m_db;
};
