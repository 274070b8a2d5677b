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
    JsonReader reader(json);
    HealthResponse result;
    result.status = reader.string("status");
    result.version = reader.string("version");
    result.time = QDateTime::fromString(reader.string("time"), Qt::ISODateWithMs);
    if (reader.ok() && !result.time.isValid())
        reader.fail(ErrorCode::InvalidField, "time");
    *error = reader.error();
    return result;
}
