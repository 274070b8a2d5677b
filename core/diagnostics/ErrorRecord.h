// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One failed request as support needs it: when, which code, the server's request ID, and what was
// asked (method and path, IDs in the path shortened). Never a body, a token or an address.
struct ErrorRecord
{
    QDateTime time; // UTC
    QString code; // "E-LOGIN-LOCKED"
    QString requestId; // empty for client-side errors (no server answer)
    QString method;
    QString path;
    int httpStatus = 0;

    QJsonObject toJson() const;
    static ErrorRecord fromJson(const QJsonObject& json);
    // "2026-11-25 10:31:02 UTC  E-LOGIN-LOCKED  POST /v1/sessions  HTTP 423  request 3f2a…"
    QString toText() const;
};
