// SPDX-License-Identifier: Apache-2.0
#include "AccountMessages.h"

#include "JsonReader.h"

#include <QRegularExpression>

namespace {
QJsonValue orNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}
} // namespace

const QStringList& accountLanguages()
{
    // The app's languages (AM_LANGUAGES of the root CMakeLists.txt, English first): a new
    // translations/*.ts is a new account language too, once its account-server_*.ts is there.
    static const QStringList languages
        = QString::fromLatin1(AM_ACCOUNT_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return languages;
}

QString accountLanguageFor(const QString& locale)
{
    // Only the language part decides: ru_RU and ru-UA read Russian; every Chinese reads the
    // simplified one, the only Chinese there is (zh_CN).
    static const QRegularExpression separator(QStringLiteral("[-_.@]"));
    const QString language = locale.trimmed().section(separator, 0, 0).toLower();
    if (language.isEmpty())
        return {};
    for (const QString& known : accountLanguages()) {
        if (known.section(QLatin1Char('_'), 0, 0) == language)
            return known;
    }
    return {};
}

QJsonObject AccountProfile::toJson() const
{
    return { { QStringLiteral("accountId"), accountId },
             { QStringLiteral("email"), orNull(email) },
             { QStringLiteral("phone"), orNull(phone) },
             { QStringLiteral("region"), region },
             { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate) },
             { QStringLiteral("twoStep"), twoStep },
             { QStringLiteral("language"), language } };
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
        // A server from before languages sends none: it writes in English.
        const QString language = reader.optionalString("language", 16);
        result.language = accountLanguages().contains(language) ? language : QStringLiteral("en");
    });
}

QJsonObject SetLanguageRequest::toJson() const
{
    return { { QStringLiteral("language"), language } };
}

SetLanguageRequest SetLanguageRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<SetLanguageRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.language = reader.oneOf("language", accountLanguages());
    });
}
