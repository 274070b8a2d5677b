// SPDX-License-Identifier: Apache-2.0
#include "RotatingLogFile.h"

#include <QDir>
#include <QFileInfo>

RotatingLogFile::RotatingLogFile(QString directory, QString baseName, qint64 maxBytes, int keepFiles)
    : m_directory(std::move(directory))
    , m_baseName(std::move(baseName))
    , m_maxBytes(maxBytes)
    , m_keepFiles(qMax(1, keepFiles))
{
}

QString RotatingLogFile::pathFor(int index) const
{
    const QString name = index == 0 ? m_baseName + QStringLiteral(".log")
                                    : QStringLiteral("%1.%2.log").arg(m_baseName).arg(index);
    return QDir(m_directory).filePath(name);
}

QString RotatingLogFile::currentPath() const
{
    return pathFor(0);
}

QStringList RotatingLogFile::files() const
{
    QStringList result;
    for (int i = 0; i < m_keepFiles; ++i) {
        if (QFileInfo::exists(pathFor(i)))
            result.append(pathFor(i));
    }
    return result;
}

void RotatingLogFile::rotate()
{
    m_file.close();
    QFile::remove(pathFor(m_keepFiles - 1));
    for (int i = m_keepFiles - 2; i >= 0; --i)
        QFile::rename(pathFor(i), pathFor(i + 1));
}

void RotatingLogFile::writeLine(const QByteArray& line)
{
    QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen()) {
        QDir().mkpath(m_directory);
        m_file.setFileName(currentPath());
        // Owner only: even redacted, a log says when someone used the app.
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (m_file.size() > 0 && m_file.size() + line.size() + 1 > m_maxBytes) {
        rotate();
        m_file.setFileName(currentPath());
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return;
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    m_file.write(line);
    m_file.write("\n", 1);
    m_file.flush();
}
