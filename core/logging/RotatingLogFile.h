// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

// A log file that never grows past maxBytes: when the next line would not fit, name.log becomes
// name.1.log, name.1.log becomes name.2.log and so on; the oldest (name.<keep-1>.log) is dropped.
// Thread-safe: one line is written whole under a mutex.
class RotatingLogFile
{
public:
    RotatingLogFile(QString directory, QString baseName, qint64 maxBytes = 1024 * 1024, int keepFiles = 5);

    void writeLine(const QByteArray& line);
    QString currentPath() const;
    // Every file of this log, newest first, that exists.
    QStringList files() const;

private:
    QString pathFor(int index) const;
    void rotate();

    QString m_directory;
    QString m_baseName;
    qint64 m_maxBytes;
    int m_keepFiles;
    QMutex m_mutex;
    QFile m_file;
};
