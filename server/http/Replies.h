// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "HttpReply.h"

#include <QJsonObject>

struct RequestInfo;

// Every response the server sends is made here, so each carries X-Request-Id and no-store, and
// every error has the one envelope of ApiError::toJson() with the catalog's HTTP status.
class Replies
{
public:
    static HttpReply json(const QJsonObject& body, const RequestInfo& request, int status = 200);
    static HttpReply error(ApiError error, const RequestInfo& request);
    static HttpReply error(ErrorCode code, const RequestInfo& request, const QString& field = {});
    static HttpReply noContent(const RequestInfo& request);
    // A small page for a browser (the emailed confirmation link).
    static HttpReply html(const QByteArray& page, const RequestInfo& request, int status = 200);
    // A file that is not JSON (the captcha's audio), 200.
    static HttpReply file(const QByteArray& contentType, const QByteArray& data, const RequestInfo& request);

private:
    static void addHeaders(HttpReply& response, const RequestInfo& request);
};
