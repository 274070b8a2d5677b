#include "AccountMessages.h"

#include "JsonReader.h"

namespace {
QJsonValue orNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

QJsonObject AccountProfile::toJson() const
{
    return { { QStringLiteral("accountId"), accountId },
             { QStringLiteral("email"), orNull(email) },
             { QStringLiteral("phone"), orNull(phone) },
             { QStringLiteral("region"), region },
             { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate) } };
}

AccountProfile AccountProfile::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    AccountProfile result;
    result.accountId = reader.integer("accountId", 1);
    result.email = reader.optionalString("email", 254).value_or(QString());
    result.phone = reader.optionalString("phone", 20).value_or(QString());
    result.region = reader.string("region", 2);
    result.createdAt
        = QDateTime::fromString(reader.optionalString("createdAt", 40).value_or(QString()), Qt::ISODate);
    *error = reader.error();
    return result;
}
