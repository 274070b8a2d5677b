// SPDX-License-Identifier: Apache-2.0
#include "RequestLog.h"

#include <QDateTime>
#include <cstdio>

namespace {
// A client chooses its method and path: "%0A" decodes to a newline that would start a forged log
// line, and ESC sequences would drive the operator's terminal. Control characters and the
// separator are written as \xNN, and the text is cut so a hostile client cannot flood the log.
QByteArray escaped(const QString& text, qsizetype limit, bool keepSpaces = false)
{
    const QByteArray utf8 = text.left(limit).toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == '\\' || (c == ' ' && !keepSpaces))
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}
} // namespace

void RequestLog::write(const QByteArray& requestId, const QByteArray& method, const QString& path, int status,
                       qint64 milliseconds, const QString& note)
{
    // Paths never carry secrets in this protocol. The note is the server's own text, but may quote
    // a delivery gateway's answer, so it is escaped too (spaces kept).
    const QByteArray noteText = escaped(note, 300, true);
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
        + requestId + ' ' + escaped(QString::fromLatin1(method), 16) + ' ' + escaped(path, 200) + ' '
        + QByteArray::number(status) + ' ' + QByteArray::number(milliseconds) + "ms"
        + (noteText.isEmpty() ? QByteArray() : ' ' + noteText) + '\n';
    // One fwrite per line, so lines from worker threads do not interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
