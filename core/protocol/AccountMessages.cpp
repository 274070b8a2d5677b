// SPDX-License-Identifier: Apache-2.0
#include "AccountMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <QRegularExpression>

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

AM_JSON_FIELDS(AccountProfile)
{
    io.integer("accountId", accountId, 1);
    io.optionalString("email", email, 254, WhenEmpty::Null);
    io.optionalString("phone", phone, 20, WhenEmpty::Null);
    io.string("region", region, 2);
    // Informational only: a missing or odd date is no reason to refuse the profile, so it goes
    // through as text, written as "" when there is none, and what does not parse reads as none.
    QString created = createdAt.toUTC().toString(Qt::ISODate);
    io.optionalString("createdAt", created, 40, WhenEmpty::Write);
    io.optionalBoolean("twoStep", twoStep);
    io.optionalString("language", language, 16, WhenEmpty::Write);
    if constexpr (Io::isReader) {
        createdAt = QDateTime::fromString(created, Qt::ISODate);
        // A server from before languages sends none: it writes in English.
        if (!accountLanguages().contains(language))
            language = QStringLiteral("en");
    }
}

AM_JSON_FIELDS(SetLanguageRequest)
{
    io.oneOf("language", language, accountLanguages());
}
