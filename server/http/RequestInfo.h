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
    // The browser's languages ("ru-RU,ru;q=0.9,en;q=0.8"): the email link's page uses it where no
    // registration says which language to write in. At most 200 bytes.
    QByteArray acceptLanguage;
    QHostAddress remoteAddress; // the client: the peer, or X-Forwarded-For behind a trusted proxy
    QElapsedTimer timer;
    // Why a request failed, for its log line ("delivery failed: …"); never a secret.
    mutable QString logNote;

    static QByteArray newRequestId();
    // The token of "Authorization: Bearer <token>", empty when there is none.
    QString bearerToken() const;
};
