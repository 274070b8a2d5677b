// SPDX-License-Identifier: Apache-2.0
#include "Outbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

Outbox::Outbox(QString path)
    : m_path(std::move(path))
{
}

bool Outbox::append(QJsonObject entry)
{
    if (!entry.contains(QStringLiteral("time")))
        entry.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker locker(&m_mutex);
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    // Also a file made before the server set its umask, or by hand.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool ok = file.write(line) == line.size();
    return file.flush() && ok;
}

void Outbox::prune(qint64 before)
{
    rewrite([before](const QJsonObject& entry) {
        const QDateTime time
            = QDateTime::fromString(entry.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        return time.isValid() && time.toMSecsSinceEpoch() < before;
    });
}

void Outbox::erase(const QStringList& destinations, const QString& keepPurpose)
{
    rewrite([&](const QJsonObject& entry) {
        return destinations.contains(entry.value(QStringLiteral("destination")).toString())
            && entry.value(QStringLiteral("purpose")).toString() != keepPurpose;
    });
}

void Outbox::rewrite(const std::function<bool(const QJsonObject&)>& drop)
{
    QMutexLocker locker(&m_mutex);
    QFile in(m_path);
    if (!in.open(QIODevice::ReadOnly))
        return;
    QByteArray kept;
    bool dropped = false;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (drop(QJsonDocument::fromJson(line).object()))
            dropped = true;
        else
            kept += line;
    }
    in.close();
    if (!dropped)
        return;
    // A new file renamed over the old one: a reader never sees half of it.
    QSaveFile out(m_path);
    if (out.open(QIODevice::WriteOnly)) {
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(kept);
        out.commit();
    }
}
