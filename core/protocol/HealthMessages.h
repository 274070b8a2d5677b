// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QDateTime>

// GET /v1/health -> {status, version, time}
struct HealthResponse
{
    QString status; // "ok"
    QString version;
    QDateTime time; // the server's clock, UTC

    QJsonObject toJson() const;
    static HealthResponse fromJson(const QJsonObject& json, ApiError* error);
};
