// SPDX-License-Identifier: Apache-2.0
#include "ActivityMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

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

AM_JSON_FIELDS(ActivityDevice)
{
    io.optionalString("name", name, 100, WhenEmpty::Write);
    io.optionalString("kind", kind, 16, WhenEmpty::Write);
    io.optionalString("platform", platform, 100, WhenEmpty::Write);
}

AM_JSON_FIELDS(ActivityEvent)
{
    // A type this client does not know yet is kept as it is: shown by its name.
    io.string("type", type, 64);
    io.dateTime("time", time, Qt::ISODateWithMs);
    io.optionalString("address", address, 64, WhenEmpty::Write);
    io.optionalObject("device", device);
    // Only failed sign-ins are counted (failures in that hour); a reader takes a count wherever.
    io.optionalInteger("count", count, 1, 1 << 30, type == QLatin1String("sign-in-failed"));
}

AM_JSON_FIELDS(ActivityPage)
{
    io.objectList("events", events);
    io.optionalDateTime("next", next, Qt::ISODateWithMs);
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

AM_JSON_FIELDS(ExportRequest)
{
    io.string("password", password, 1024);
}
