// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QDateTime>

// GET /v1/health -> {status, version, time}
struct HealthResponse
{
    QString status; // "ok"
    QString version;
    QDateTime time; // the server's clock, UTC

    AM_JSON_MESSAGE(HealthResponse);
};
