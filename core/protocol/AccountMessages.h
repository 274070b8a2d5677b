// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QDateTime>

// GET /v1/account -> {accountId, email, phone, region, createdAt, twoStep}; email and phone may be null.
struct AccountProfile
{
    qint64 accountId = 0;
    QString email; // empty when none is bound
    QString phone; // E.164, empty when none is bound
    QString region; // ISO 3166 alpha-2, "RU"
    QDateTime createdAt;
    bool twoStep = false; // two-step verification with an authenticator app is on

    QJsonObject toJson() const;
    static AccountProfile fromJson(const QJsonObject& json, ApiError* error);
};
