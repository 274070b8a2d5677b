// SPDX-License-Identifier: Apache-2.0
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
             { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("twoStep"), twoStep } };
}

AccountProfile AccountProfile::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<AccountProfile>(json, error, [](JsonReader& reader, auto& result) {
        result.accountId = reader.integer("accountId", 1);
        result.email = reader.optionalString("email", 254);
        result.phone = reader.optionalString("phone", 20);
        result.region = reader.string("region", 2);
        // Informational only: a missing or odd date is no reason to refuse the profile.
        result.createdAt = QDateTime::fromString(reader.optionalString("createdAt", 40), Qt::ISODate);
        result.twoStep = reader.optionalBoolean("twoStep");
    });
}
