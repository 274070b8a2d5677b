// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

// One stderr line per request: ID, method, path, status, milliseconds, maybe a note. Never a body,
// header, password, token or code, so the log can be handed to support as it is.
class RequestLog
{
public:
    // note: a reason for a failure (e.g. why a delivery failed), appended after the time.
    static void write(const QByteArray& requestId, const QByteArray& method, const QString& path, int status,
                      qint64 milliseconds, const QString& note = {});
};
