// SPDX-License-Identifier: Apache-2.0
#include "ActivityStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <limits>

namespace {
constexpr qint64 kHourMs = 3600 * 1000;
const QString kFailed = QStringLiteral("sign-in-failed");

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

ActivityStore::ActivityStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ActivityStore::maskAddress(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("%1.%2.%3.x").arg(v4 >> 24).arg((v4 >> 16) & 0xff).arg((v4 >> 8) & 0xff);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList groups;
    for (int i = 0; i < 4; ++i)
        groups.append(QString::number((v6[2 * i] << 8) | v6[2 * i + 1], 16));
    while (!groups.isEmpty() && groups.last() == QLatin1String("0"))
        groups.removeLast();
    return groups.join(QLatin1Char(':')) + QStringLiteral("::x");
}

qint64 ActivityStore::nextTime(qint64 accountId, qint64 now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT MAX(happened_at) FROM account_events WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (query.exec() && query.next() && !query.value(0).isNull())
        return qMax(now, query.value(0).toLongLong() + 1);
    return now;
}

bool ActivityStore::record(qint64 accountId, const QString& type, const QHostAddress& address,
                           const ActivityDevice& device)
{
    const qint64 time = nextTime(accountId, QDateTime::currentMSecsSinceEpoch());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO account_events (account_id, type, happened_at, device_name, device_kind, "
                       "device_platform, address) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(accountId);
    query.addBindValue(type);
    query.addBindValue(time);
    query.addBindValue(orNull(device.name));
    query.addBindValue(orNull(device.kind));
    query.addBindValue(orNull(device.platform));
    query.addBindValue(maskAddress(address));
    return query.exec();
}

bool ActivityStore::recordOnDevice(qint64 accountId, const QString& type, const QHostAddress& address,
                                   const QString& deviceId)
{
    ActivityDevice device;
    if (!deviceId.isEmpty()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "SELECT name, kind, platform FROM devices WHERE account_id = ? AND device_id = ?"));
        query.addBindValue(accountId);
        query.addBindValue(deviceId);
        if (!query.exec())
            return false;
        if (query.next()) {
            device.name = query.value(0).toString();
            device.kind = query.value(1).toString();
            device.platform = query.value(2).toString();
        }
    }
    return record(accountId, type, address, device);
}

bool ActivityStore::recordFailedSignIn(qint64 accountId, const QHostAddress& address)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(m_db);
    // One statement, so two failures at once both count (the unique index on the hour decides).
    query.prepare(QStringLiteral(
        "INSERT INTO account_events (account_id, type, happened_at, address, occurrences, failed_hour) "
        "VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (account_id, failed_hour) "
        "DO UPDATE SET occurrences = account_events.occurrences + 1"));
    query.addBindValue(accountId);
    query.addBindValue(kFailed);
    query.addBindValue(nextTime(accountId, now));
    query.addBindValue(maskAddress(address));
    query.addBindValue(now / kHourMs);
    return query.exec();
}

QList<ActivityEvent> ActivityStore::select(qint64 accountId, qint64 beforeMs, int limit, QList<qint64>* times)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT type, happened_at, device_name, device_kind, device_platform, address, occurrences "
        "FROM account_events WHERE account_id = ? AND happened_at < ? AND happened_at >= ? "
        "ORDER BY happened_at DESC, id DESC LIMIT ?"));
    query.addBindValue(accountId);
    query.addBindValue(beforeMs);
    // Past the keeping time an event is gone, whether housekeeping has run yet or not.
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - kKeepMs);
    query.addBindValue(limit);
    QList<ActivityEvent> events;
    if (!query.exec())
        return events;
    while (query.next()) {
        ActivityEvent event;
        event.type = query.value(0).toString();
        const qint64 at = query.value(1).toLongLong();
        event.time = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        event.device.name = query.value(2).toString();
        event.device.kind = query.value(3).toString();
        event.device.platform = query.value(4).toString();
        event.address = query.value(5).toString();
        event.count = query.value(6).toInt();
        events.append(event);
        times->append(at);
    }
    return events;
}

ActivityPage ActivityStore::page(qint64 accountId, const QDateTime& before, int limit)
{
    const qint64 beforeMs
        = before.isValid() ? before.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    QList<qint64> times;
    ActivityPage page;
    // One more than asked for: whether there is a next page at all.
    page.events = select(accountId, beforeMs, limit + 1, &times);
    if (page.events.size() <= limit)
        return page;
    // Events sharing the time of the first one left out would be lost behind a cursor of that time:
    // they go to the next page too, which then starts one millisecond later. Times are unique per
    // account (nextTime), so this only trims after a race; a page that would be left empty is
    // kept whole instead, its cursor its last time.
    const qint64 boundary = times.at(limit);
    qsizetype keep = limit;
    while (keep > 0 && times.at(keep - 1) == boundary)
        --keep;
    const qint64 next = keep > 0 && keep < limit ? boundary + 1 : times.at(limit - 1);
    page.events = page.events.mid(0, keep > 0 ? keep : limit);
    page.next = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
    return page;
}

QList<ActivityEvent> ActivityStore::all(qint64 accountId)
{
    QList<qint64> times;
    return select(accountId, std::numeric_limits<qint64>::max(), std::numeric_limits<int>::max(), &times);
}
