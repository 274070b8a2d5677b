// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>

class QCommandLineParser;

// What one client may cost the server. Every limit holds in the server itself, with or without a
// proxy in front; each has a --option (docs/api.md, "Limits"). HttpListener enforces them.
struct HttpLimits
{
    int maxHeaderBytes = 16 * 1024; // request line and headers; more: 431 and the connection closed
    int maxHeaderFields = 64; // more: 431
    int maxBodyBytes = 64 * 1024; // a longer body: 413
    // A body announced over maxBodyBytes + this is refused before any of it is read; a smaller one
    // (or a chunked one up to this) is read and thrown away, so that an ordinary client, which
    // sends its whole body before it reads, sees the 413 rather than a reset connection.
    int discardBodyBytes = 4 * 1024 * 1024;
    int requestTimeout = 10; // seconds a request (its headers, then its body) may stall
    int idleTimeout = 60; // seconds a kept-alive connection may wait for its next request
    int connectionsPerAddress = 64; // open connections of one client address; more: refused at accept
    int maxConnections = 0; // open connections in all; 0: below the file-descriptor limit
    // Proxies whose X-Forwarded-For names the client (--trusted-proxy); they are also exempt from
    // connectionsPerAddress, since all of their clients share their address.
    QList<QPair<QHostAddress, int>> trustedProxies;

    static void addOptions(QCommandLineParser* parser);
    bool read(const QCommandLineParser& parser, QString* error);
    bool isTrustedProxy(const QHostAddress& address) const;
    // maxConnections, or what the process's file-descriptor limit leaves for connections.
    int connectionCap() const;
};
