// SPDX-License-Identifier: Apache-2.0
#include "ErrorHistory.h"

#include "api/AccountApi.h"
#include "logging/Redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

ErrorHistory::ErrorHistory(QString file, int capacity)
    : m_file(std::move(file))
    , m_capacity(qMax(1, capacity))
{
}

QString ErrorHistory::defaultFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : QDir(dir).filePath(QStringLiteral("error-history.json"));
}

ErrorHistory& ErrorHistory::global()
{
    // Made on first use, after main() has set the application's names that the path depends on.
    static ErrorHistory history(defaultFile());
    return history;
}

void ErrorHistory::follow(AccountApi* api)
{
    QObject::connect(api, &AccountApi::requestFailed, api,
                     [](const ApiError& error, const QString& method, const QString& path) {
                         global().record(error, method, path);
                     });
}

void ErrorHistory::record(const ApiError& error, const QString& method, const QString& path)
{
    ErrorRecord entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.code = error.wireName();
    entry.requestId = error.requestId;
    entry.method = method;
    entry.path = Redactor::shortenPath(path);
    entry.httpStatus = error.httpStatus;
    record(entry);
}

void ErrorHistory::record(const ErrorRecord& record)
{
    QMutexLocker locker(&m_mutex);
    loadLocked();
    m_records.prepend(record);
    while (m_records.size() > m_capacity)
        m_records.removeLast();
    saveLocked();
}

QList<ErrorRecord> ErrorHistory::records() const
{
    QMutexLocker locker(&m_mutex);
    const_cast<ErrorHistory*>(this)->loadLocked();
    return m_records;
}

void ErrorHistory::clear()
{
    QMutexLocker locker(&m_mutex);
    m_loaded = true;
    m_records.clear();
    saveLocked();
}

void ErrorHistory::loadLocked()
{
    if (m_loaded)
        return;
    m_loaded = true;
    if (m_file.isEmpty())
        return;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& value : array) {
        if (m_records.size() >= m_capacity)
            break;
        m_records.append(ErrorRecord::fromJson(value.toObject()));
    }
}

void ErrorHistory::saveLocked() const
{
    if (m_file.isEmpty())
        return;
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray array;
    for (const ErrorRecord& record : m_records)
        array.append(record.toJson());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    file.commit();
}
