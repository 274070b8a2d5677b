// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QNetworkProxy;
class QTcpSocket;

// Whether a TCP connection to host:port can be made at all, before TLS and HTTP are tried: tells
// "nothing listens there" from everything above it.
class TcpProbe : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(bool ok, const QString& detail)>;

    explicit TcpProbe(QObject* parent = nullptr);

    void start(const QString& host, quint16 port, int timeoutMs, Callback callback);
    void setProxy(const QNetworkProxy& proxy);

private:
    void done(bool ok, const QString& detail);

    QTcpSocket* m_socket;
    Callback m_callback;
};
