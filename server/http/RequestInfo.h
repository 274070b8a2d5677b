// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QString>

// What a handler needs from a request, copied out of the connection (HttpListener) so that it can
// travel to a worker thread.
struct RequestInfo
{
    QByteArray requestId; // 32 hex characters, also the X-Request-Id header
    QByteArray method; // "POST"
    QString path;
    QString pathId; // the {id} of /v1/registrations/{id}/…, empty elsewhere
    int route = -1; // the row of AccountServer::routes(), found once (HttpService::runsOnWorker)
    QString query; // the URL's query, undecoded; never logged (it may hold a link token)
    QByteArray body;
    QByteArray authorization;
    QHostAddress remoteAddress; // the client: the peer, or X-Forwarded-For behind a trusted proxy
    QElapsedTimer timer;
    // Why a request failed, for its log line ("delivery failed: …"); never a secret.
    mutable QString logNote;

    static QByteArray newRequestId();
    // The token of "Authorization: Bearer <token>", empty when there is none.
    QString bearerToken() const;
};
