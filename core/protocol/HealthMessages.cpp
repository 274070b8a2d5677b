// SPDX-License-Identifier: Apache-2.0
#include "HealthMessages.h"

#include "JsonReader.h"

QJsonObject HealthResponse::toJson() const
{
    return { { QStringLiteral("status"), status },
             { QStringLiteral("version"), version },
             { QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs) } };
}

HealthResponse HealthResponse::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<HealthResponse>(json, error, [](JsonReader& reader, auto& result) {
        result.status = reader.string("status");
        result.version = reader.string("version");
        result.time = reader.dateTime("time", Qt::ISODateWithMs, 256);
    });
}
