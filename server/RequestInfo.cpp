#include "RequestInfo.h"

#include <QHttpServerRequest>
#include <sodium.h>

RequestInfo RequestInfo::from(const QHttpServerRequest& request)
{
    RequestInfo info;
    info.timer.start();
    info.requestId = newRequestId();
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        info.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        info.method = "POST";
        break;
    case QHttpServerRequest::Method::Put:
        info.method = "PUT";
        break;
    case QHttpServerRequest::Method::Delete:
        info.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Patch:
        info.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Head:
        info.method = "HEAD";
        break;
    case QHttpServerRequest::Method::Options:
        info.method = "OPTIONS";
        break;
    default:
        info.method = "OTHER";
        break;
    }
    info.path = request.url().path();
    info.query = request.url().query(QUrl::FullyEncoded);
    info.body = request.body();
    info.authorization = request.value("Authorization");
    info.remoteAddress = request.remoteAddress();
    return info;
}

QByteArray RequestInfo::newRequestId()
{
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    return QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex();
}

QString RequestInfo::bearerToken() const
{
    static const QByteArray prefix = "bearer ";
    if (authorization.size() <= prefix.size() || authorization.left(prefix.size()).toLower() != prefix)
        return {};
    return QString::fromLatin1(authorization.mid(prefix.size()).trimmed());
}
