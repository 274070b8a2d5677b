#include "RequestLog.h"

#include <QDateTime>
#include <cstdio>

void RequestLog::write(const QByteArray& requestId, const QByteArray& method, const QString& path, int status,
                       qint64 milliseconds, const QString& note)
{
    // Paths never carry secrets in this protocol; cut them anyway so a hostile client cannot flood the log.
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + requestId + ' ' + method + ' ' + path.left(200).toUtf8() + ' ' + QByteArray::number(status) + ' '
        + QByteArray::number(milliseconds) + "ms"
        + (note.isEmpty() ? QByteArray() : ' ' + note.left(300).toUtf8()) + '\n';
    // One fwrite per line, so lines from worker threads do not interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
