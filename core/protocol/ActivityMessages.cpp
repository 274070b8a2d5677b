// SPDX-License-Identifier: Apache-2.0
#include "ActivityMessages.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace {
QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

const QStringList& ActivityEvent::types()
{
    static const QStringList list {
        QStringLiteral("sign-in"),
        QStringLiteral("sign-in-failed"),
        QStringLiteral("new-device-verified"),
        QStringLiteral("password-changed"),
        QStringLiteral("password-recovered"),
        QStringLiteral("email-changed"),
        QStringLiteral("phone-changed"),
        QStringLiteral("device-unbound"),
        QStringLiteral("signed-out-everywhere"),
        QStringLiteral("two-step-enabled"),
        QStringLiteral("two-step-disabled"),
    };
    return list;
}

QJsonObject ActivityEvent::toJson() const
{
    QJsonObject json { { QStringLiteral("type"), type },
                       { QStringLiteral("time"), timeText(time) },
                       { QStringLiteral("address"), address } };
    if (!device.isEmpty())
        json.insert(QStringLiteral("device"),
                    QJsonObject { { QStringLiteral("name"), device.name },
                                  { QStringLiteral("kind"), device.kind },
                                  { QStringLiteral("platform"), device.platform } });
    if (type == QLatin1String("sign-in-failed"))
        json.insert(QStringLiteral("count"), count);
    return json;
}

ActivityEvent ActivityEvent::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<ActivityEvent>(json, error, [](JsonReader& reader, auto& result) {
        // A type this client does not know yet is kept as it is: shown by its name.
        result.type = reader.string("type", 64);
        result.time = reader.dateTime("time", Qt::ISODateWithMs);
        result.address = reader.optionalString("address", 64);
        if (auto device = reader.optionalObject("device")) {
            result.device.name = device->optionalString("name", 100);
            result.device.kind = device->optionalString("kind", 16);
            result.device.platform = device->optionalString("platform", 100);
        }
        if (reader.has("count"))
            result.count = int(reader.integer("count", 1, 1 << 30));
    });
}

QJsonObject ActivityPage::toJson() const
{
    QJsonArray array;
    for (const ActivityEvent& event : events)
        array.append(event.toJson());
    return { { QStringLiteral("events"), array },
             { QStringLiteral("next"), next.isValid() ? QJsonValue(timeText(next)) : QJsonValue() } };
}

ActivityPage ActivityPage::fromJson(const QJsonObject& json, ApiError* error)
{
    ActivityPage result;
    const QJsonValue events = json.value(QStringLiteral("events"));
    if (!events.isArray()) {
        *error = ApiError(ErrorCode::MissingField, QStringLiteral("events"));
        return result;
    }
    for (const QJsonValue& item : events.toArray()) {
        ApiError itemError;
        const ActivityEvent event = ActivityEvent::fromJson(item.toObject(), &itemError);
        if (itemError) {
            *error = ApiError(itemError.code, QStringLiteral("events.") + itemError.field);
            return {};
        }
        result.events.append(event);
    }
    const QJsonValue next = json.value(QStringLiteral("next"));
    if (next.isString()) {
        result.next = QDateTime::fromString(next.toString(), Qt::ISODateWithMs);
        if (!result.next.isValid()) {
            *error = ApiError(ErrorCode::InvalidField, QStringLiteral("next"));
            return {};
        }
    } else if (!next.isNull() && !next.isUndefined()) {
        *error = ApiError(ErrorCode::InvalidField, QStringLiteral("next"));
        return {};
    }
    *error = {};
    return result;
}

QUrlQuery ActivityQuery::toQuery() const
{
    QUrlQuery query;
    if (before.isValid())
        query.addQueryItem(QStringLiteral("before"), timeText(before));
    if (limit != kDefaultLimit)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return query;
}

ActivityQuery ActivityQuery::fromQuery(const QString& text, ApiError* error)
{
    ActivityQuery result;
    *error = {};
    const QUrlQuery query(text);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("before")) {
            // "+" in a query is a space to a form, but in a time it is an offset sign.
            result.before = QDateTime::fromString(value.trimmed().replace(QLatin1Char(' '), QLatin1Char('+')),
                                                  Qt::ISODateWithMs);
            if (!result.before.isValid() || value.size() > 40) {
                *error = ApiError(ErrorCode::InvalidField, QStringLiteral("before"));
                return {};
            }
        } else if (key == QLatin1String("limit")) {
            bool ok = false;
            result.limit = value.toInt(&ok);
            if (!ok || result.limit < 1 || result.limit > kMaxLimit) {
                *error = ApiError(ErrorCode::InvalidField, QStringLiteral("limit"));
                return {};
            }
        }
    }
    return result;
}

QJsonObject ExportRequest::toJson() const
{
    return { { QStringLiteral("password"), password } };
}

ExportRequest ExportRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<ExportRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.password = reader.string("password", 1024);
    });
}
