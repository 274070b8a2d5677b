// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorCode.h"

#include <QList>
#include <QString>

// What the server answers, read from AccountServer's route table (the one place each path is
// written): the docs test checks that docs/api.md describes each route and every error the server
// can return, and `account-server routes` prints them.
struct ApiRoute
{
    const char* method; // "POST"
    const char* path; // "/v1/sessions"; "{id}" stands for one path segment
    bool needsToken; // Authorization: Bearer <access token>
};

class ApiRoutes
{
public:
    static const QList<ApiRoute>& all();
    static bool isKnownPath(const QString& path);
    // Every error code a server response can carry.
    static const QList<ErrorCode>& serverErrors();
    // "GET /v1/health" lines and then "error E-…" lines: what `account-server routes` prints.
    static QString describe();
};
