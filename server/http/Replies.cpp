// SPDX-License-Identifier: Apache-2.0
#include "Replies.h"

#include "RequestInfo.h"

HttpReply Replies::json(const QJsonObject& body, const RequestInfo& request, int status)
{
    HttpReply response(body, status);
    addHeaders(response, request);
    return response;
}

HttpReply Replies::error(ApiError error, const RequestInfo& request)
{
    error.requestId = QString::fromLatin1(request.requestId);
    return json(error.toJson(), request, ErrorCatalog::httpStatus(error.code));
}

HttpReply Replies::error(ErrorCode code, const RequestInfo& request, const QString& field)
{
    return error(ApiError(code, field), request);
}

HttpReply Replies::noContent(const RequestInfo& request)
{
    HttpReply response(204);
    addHeaders(response, request);
    return response;
}

HttpReply Replies::html(const QByteArray& page, const RequestInfo& request, int status)
{
    HttpReply response(QByteArrayLiteral("text/html; charset=utf-8"), page, status);
    addHeaders(response, request);
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    return response;
}

HttpReply Replies::file(const QByteArray& contentType, const QByteArray& data, const RequestInfo& request)
{
    HttpReply response(contentType, data, 200);
    addHeaders(response, request);
    return response;
}

void Replies::addHeaders(HttpReply& response, const RequestInfo& request)
{
    response.setHeader("X-Request-Id", request.requestId);
    // Tokens and profiles must not land in any cache on the way.
    response.setHeader("Cache-Control", "no-store");
}
