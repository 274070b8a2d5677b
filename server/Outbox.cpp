#include "Outbox.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

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
    const bool ok = file.write(line) == line.size();
    return file.flush() && ok;
}
