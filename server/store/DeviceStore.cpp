// SPDX-License-Identifier: Apache-2.0
#include "DeviceStore.h"

#include "CachedQuery.h"
#include "VerificationSecret.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr qint64 kTouchIntervalMs = 60 * 1000;

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// When each device was last written, shared by every worker thread's connection.
QMutex g_touchMutex;
QHash<QString, qint64> g_lastTouch;

bool exec(QSqlQuery& query, qint64 accountId, const QString& deviceId)
{
    query.addBindValue(accountId);
    query.addBindValue(deviceId);
    return query.exec();
}
} // namespace

DeviceStore::DeviceStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<BoundDevice> DeviceStore::list(qint64 accountId, const QString& currentDeviceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT device_id, name, kind, platform, first_seen, last_seen FROM devices "
                                 "WHERE account_id = ? ORDER BY last_seen DESC, device_id"));
    query.addBindValue(accountId);
    QList<BoundDevice> devices;
    if (!query.exec())
        return devices;
    while (query.next()) {
        BoundDevice device;
        device.id = query.value(0).toString();
        device.name = query.value(1).toString();
        device.kind = query.value(2).toString();
        device.platform = query.value(3).toString();
        device.firstSeen = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        device.lastSeen = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        device.current = device.id == currentDeviceId;
        devices.append(device);
    }
    return devices;
}

bool DeviceStore::contains(qint64 accountId, const QString& deviceId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM devices WHERE account_id = ? AND device_id = ?"));
    return exec(query, accountId, deviceId) && query.next();
}

namespace {
QString trustContext(qint64 accountId, const QString& deviceId)
{
    return QStringLiteral("device-trust:%1/%2").arg(accountId).arg(deviceId);
}
} // namespace

bool DeviceStore::trusts(qint64 accountId, const QString& deviceId, const QString& secret)
{
    if (secret.isEmpty())
        return false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT trust_hash FROM devices WHERE account_id = ? AND device_id = ?"));
    if (!exec(query, accountId, deviceId) || !query.next())
        return false;
    const QByteArray stored = query.value(0).toByteArray();
    return !stored.isEmpty()
        && VerificationSecret::matches(stored, trustContext(accountId, deviceId), secret);
}

QString DeviceStore::trustAfterSignIn(qint64 accountId, const QString& deviceId, const QString& brought)
{
    const QString issued = brought.isEmpty() ? VerificationSecret::newLinkToken() : QString();
    const QString secret = brought.isEmpty() ? issued : brought;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE devices SET trust_hash = ? WHERE account_id = ? AND device_id = ?"));
    query.addBindValue(VerificationSecret::hash(trustContext(accountId, deviceId), secret));
    query.addBindValue(accountId);
    query.addBindValue(deviceId);
    query.exec();
    return issued;
}

bool DeviceStore::add(qint64 accountId, const DeviceInfo& device)
{
    // A null QString binds as NULL; the column wants "" for "not said".
    return insert(accountId, device, device.platform.isNull() ? QStringLiteral("") : device.platform);
}

void DeviceStore::bindSignedIn(qint64 accountId, const DeviceInfo& device)
{
    insert(
        accountId, device, device.platform,
        QStringLiteral(" ON CONFLICT (account_id, device_id) DO UPDATE SET name = excluded.name, "
                       "kind = excluded.kind, platform = excluded.platform, last_seen = excluded.last_seen"));
}

bool DeviceStore::insert(qint64 accountId, const DeviceInfo& device, const QString& platform,
                         const QString& onConflict)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO devices (account_id, device_id, name, kind, platform, first_seen, "
                       "last_seen) VALUES (?, ?, ?, ?, ?, ?, ?)")
        + onConflict);
    const QString now = isoNow();
    query.addBindValue(accountId);
    query.addBindValue(device.id);
    query.addBindValue(device.name);
    query.addBindValue(device.kind);
    query.addBindValue(platform);
    query.addBindValue(now);
    query.addBindValue(now);
    return query.exec();
}

bool DeviceStore::unbind(qint64 accountId, const QString& deviceId)
{
    // A code sent to let this device sign in must not outlive its unbinding.
    QSqlQuery challenges(m_db);
    challenges.prepare(QStringLiteral("DELETE FROM challenges WHERE account_id = ? AND device_id = ?"));
    QSqlQuery device(m_db);
    device.prepare(QStringLiteral("DELETE FROM devices WHERE account_id = ? AND device_id = ?"));
    return exec(challenges, accountId, deviceId) && exec(device, accountId, deviceId)
        && device.numRowsAffected() == 1;
}

void DeviceStore::touch(qint64 accountId, const QString& deviceId)
{
    if (!claimTouch(accountId, deviceId))
        return;
    WriteTransaction transaction(m_db);
    markSeen(accountId, deviceId);
    transaction.commit();
}

bool DeviceStore::claimTouch(qint64 accountId, const QString& deviceId)
{
    const QString key = QString::number(accountId) + QLatin1Char('/') + deviceId;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QMutexLocker lock(&g_touchMutex);
    if (now - g_lastTouch.value(key, 0) < kTouchIntervalMs)
        return false;
    g_lastTouch.insert(key, now);
    return true;
}

void DeviceStore::markSeen(qint64 accountId, const QString& deviceId)
{
    CachedQuery query(
        m_db, QStringLiteral("UPDATE devices SET last_seen = ? WHERE account_id = ? AND device_id = ?"));
    query->bindValue(0, isoNow());
    query->bindValue(1, accountId);
    query->bindValue(2, deviceId);
    query->exec();
}
