#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QString>

class QHttpServerRequest;

// What a handler needs from a request, copied out of QHttpServerRequest so that it can travel to a
// worker thread (the request object belongs to the connection and the event loop).
struct RequestInfo
{
    QByteArray requestId; // 32 hex characters, also the X-Request-Id header
    QByteArray method; // "POST"
    QString path;
    QString pathId; // the {id} of /v1/registrations/{id}/…, empty elsewhere
    QString query; // the URL's query, undecoded; never logged (it may hold a link token)
    QByteArray body;
    QByteArray authorization;
    QHostAddress remoteAddress;
    QElapsedTimer timer;
    // Why a request failed, for its log line ("delivery failed: …"); never a secret.
    mutable QString logNote;

    static RequestInfo from(const QHttpServerRequest& request);
    static QByteArray newRequestId();
    // The token of "Authorization: Bearer <token>", empty when there is none.
    QString bearerToken() const;
};
