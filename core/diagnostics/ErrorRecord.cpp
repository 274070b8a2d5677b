// SPDX-License-Identifier: Apache-2.0
#include "ErrorRecord.h"

QJsonObject ErrorRecord::toJson() const
{
    return { { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) },
             { QStringLiteral("code"), code },
             { QStringLiteral("requestId"), requestId },
             { QStringLiteral("method"), method },
             { QStringLiteral("path"), path },
             { QStringLiteral("httpStatus"), httpStatus } };
}

ErrorRecord ErrorRecord::fromJson(const QJsonObject& json)
{
    ErrorRecord record;
    record.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    record.code = json.value(QStringLiteral("code")).toString();
    record.requestId = json.value(QStringLiteral("requestId")).toString();
    record.method = json.value(QStringLiteral("method")).toString();
    record.path = json.value(QStringLiteral("path")).toString();
    record.httpStatus = json.value(QStringLiteral("httpStatus")).toInt();
    return record;
}

QString ErrorRecord::toText() const
{
    QString text
        = time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) + QStringLiteral("  ") + code;
    if (!method.isEmpty())
        text += QStringLiteral("  ") + method + QLatin1Char(' ') + path;
    if (httpStatus > 0)
        text += QStringLiteral("  HTTP %1").arg(httpStatus);
    text += QStringLiteral("  request ")
        + (requestId.isEmpty() ? QStringLiteral("(none: no server answer)") : requestId);
    return text;
}
