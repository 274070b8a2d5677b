// SPDX-License-Identifier: Apache-2.0
#include "DeviceMessages.h"

#include "DeviceInfo.h"
#include "JsonReader.h"

#include <QJsonArray>

QJsonObject BoundDevice::toJson() const
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("kind"), kind },
             { QStringLiteral("platform"), platform },
             { QStringLiteral("firstSeen"), firstSeen.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("lastSeen"), lastSeen.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("current"), current } };
}

BoundDevice BoundDevice::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<BoundDevice>(json, error, [](JsonReader& reader, auto& result) {
        result.id = reader.string("id", 64);
        result.name = reader.string("name", 100);
        result.kind = reader.string("kind", 16);
        // Platform may be empty for a device an operator added without one.
        result.platform = reader.optionalString("platform", 100);
        result.firstSeen = reader.dateTime("firstSeen");
        result.lastSeen = reader.dateTime("lastSeen");
        result.current = reader.boolean("current");
        // A kind this client does not know yet is shown as "other" rather than refused.
        if (reader.ok() && !DeviceInfo::kinds().contains(result.kind))
            result.kind = QStringLiteral("other");
    });
}

QJsonObject DeviceList::toJson() const
{
    QJsonArray array;
    for (const BoundDevice& device : devices)
        array.append(device.toJson());
    return { { QStringLiteral("devices"), array } };
}

DeviceList DeviceList::fromJson(const QJsonObject& json, ApiError* error)
{
    DeviceList result;
    const QJsonValue value = json.value(QStringLiteral("devices"));
    if (!value.isArray()) {
        *error = ApiError(ErrorCode::MissingField, QStringLiteral("devices"));
        return result;
    }
    for (const QJsonValue& item : value.toArray()) {
        ApiError itemError;
        const BoundDevice device = BoundDevice::fromJson(item.toObject(), &itemError);
        if (itemError) {
            *error = ApiError(itemError.code, QStringLiteral("devices.") + itemError.field);
            return {};
        }
        result.devices.append(device);
    }
    *error = {};
    return result;
}

QJsonObject UnbindDeviceRequest::toJson() const
{
    return { { QStringLiteral("password"), password } };
}

UnbindDeviceRequest UnbindDeviceRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<UnbindDeviceRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.password = reader.string("password", 1024);
    });
}

QJsonObject DeleteAccountRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("password"), password },
                       { QStringLiteral("challengeId"), challengeId },
                       { QStringLiteral("code"), code } };
    if (twoStep)
        json.insert(QStringLiteral("twoStep"), twoStep->toJson());
    return json;
}

DeleteAccountRequest DeleteAccountRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<DeleteAccountRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.password = reader.string("password", 1024);
        result.challengeId = reader.string("challengeId", 64);
        result.code = reader.string("code", 16);
        if (auto twoStep = reader.optionalObject("twoStep"))
            result.twoStep = TwoStepAnswer::read(*twoStep);
    });
}
