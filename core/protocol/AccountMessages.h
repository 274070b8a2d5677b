// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QDateTime>
#include <QStringList>

// The languages the server writes an account's emails, SMS and link pages in: "en", "ru",
// "zh_CN", the app's languages (translations/*.ts). English first: the default.
const QStringList& accountLanguages();
// The account language for a locale name as an app or a browser writes it ("ru", "ru_RU",
// "zh-Hans-CN", "zh_CN"): the one of accountLanguages() with its language (Chinese: zh_CN),
// empty when none has it.
QString accountLanguageFor(const QString& locale);

// GET /v1/account -> {accountId, email, phone, region, createdAt, twoStep, language}; email and
// phone may be null.
struct AccountProfile
{
    qint64 accountId = 0;
    QString email; // empty when none is bound
    QString phone; // E.164, empty when none is bound
    QString region; // ISO 3166 alpha-2, "RU"
    QDateTime createdAt;
    bool twoStep = false; // two-step verification with an authenticator app is on
    QString language = QStringLiteral("en"); // of accountLanguages(): what emails and SMS are written in

    AM_JSON_MESSAGE(AccountProfile);
};

// PUT /v1/account/language: {language} -> 204. language is exactly one of accountLanguages();
// anything else is E-FIELD-INVALID at "language".
struct SetLanguageRequest
{
    QString language;

    AM_JSON_MESSAGE(SetLanguageRequest);
};
