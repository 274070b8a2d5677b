// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorCode.h"
#include "HttpLimits.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QString>

struct MHD_Daemon;
struct MHD_Connection;
class HttpService;
struct RequestInfo;
class HttpReply;

// The HTTPS front of the server, on GNU libmicrohttpd: a hardened engine that holds the limits of
// HttpLimits before any of our code runs (connections per address and in all, the memory of one
// connection, timeouts), speaks TLS through GnuTLS with Mozilla's "intermediate" suites only, and
// serves connections on a pool of threads. Requests that take long are suspended and answered from
// the worker pool (see HttpService). docs/security.md says why this engine.
class HttpListener
{
public:
    HttpListener(HttpService* service, const HttpLimits& limits);
    ~HttpListener();
    HttpListener(const HttpListener&) = delete;
    HttpListener& operator=(const HttpListener&) = delete;

    // Opens the listening socket; returns its port (useful with port 0), 0 on failure. Nothing is
    // accepted until start(), so what requests read can be set up knowing the port.
    quint16 bind(const QHostAddress& address, quint16 port, QString* error);
    // Accepts and answers on `threads` connection threads.
    bool start(const QByteArray& certificatePem, const QByteArray& keyPem, int threads, QString* error);
    // Stops accepting, ends every connection and waits for the workers still answering.
    void stop();

    // The GnuTLS priority string: TLS 1.3, and TLS 1.2 with ECDHE and AEAD suites only.
    static const char* tlsPriorities();

private:
    struct Exchange;
    struct Peer;

    friend struct HttpListenerCallbacks;

    bool onRequest(MHD_Connection* connection, const char* method, const char* version,
                   const char* uploadData, size_t* uploadSize, Exchange* exchange);
    // True when the request line and headers are over maxHeaderBytes or maxHeaderFields.
    bool headersTooLarge(MHD_Connection* connection, const char* method, const char* version,
                         const Exchange& exchange) const;
    // What a handler sees of a request; the client address from X-Forwarded-For behind a trusted proxy.
    RequestInfo requestOf(MHD_Connection* connection, const char* method, const Exchange& exchange) const;
    // Answers `code` (431, 413) and closes the connection without reading more of the request.
    bool refuse(MHD_Connection* connection, Exchange* exchange, ErrorCode code);
    static bool send(MHD_Connection* connection, const HttpReply& reply);

    HttpService* m_service;
    HttpLimits m_limits;
    MHD_Daemon* m_daemon = nullptr;
    int m_socket = -1;
    QMutex m_peersLock;
    QHash<QHostAddress, int> m_connectionsPerAddress;
};
