#include "Replies.h"

#include "RequestInfo.h"

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse Replies::json(const QJsonObject& body, const RequestInfo& request, int status)
{
    QHttpServerResponse response(body, Status(status));
    addHeaders(response, request);
    return response;
}

QHttpServerResponse Replies::error(ApiError error, const RequestInfo& request)
{
    error.requestId = QString::fromLatin1(request.requestId);
    return json(error.toJson(), request, ErrorCatalog::httpStatus(error.code));
}

QHttpServerResponse Replies::error(ErrorCode code, const RequestInfo& request, const QString& field)
{
    return error(ApiError(code, field), request);
}

QHttpServerResponse Replies::noContent(const RequestInfo& request)
{
    QHttpServerResponse response(Status::NoContent);
    addHeaders(response, request);
    return response;
}

QHttpServerResponse Replies::html(const QByteArray& page, const RequestInfo& request, int status)
{
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), page, Status(status));
    addHeaders(response, request);
    response.setHeader("Content-Security-Policy", "default-src 'none'");
    return response;
}

void Replies::addHeaders(QHttpServerResponse& response, const RequestInfo& request)
{
    response.setHeader("X-Request-Id", request.requestId);
    // Tokens and profiles must not land in any cache on the way.
    response.setHeader("Cache-Control", "no-store");
}
