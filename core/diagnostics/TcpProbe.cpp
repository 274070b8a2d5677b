// SPDX-License-Identifier: Apache-2.0
#include "TcpProbe.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

TcpProbe::TcpProbe(QObject* parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
{
}

void TcpProbe::setProxy(const QNetworkProxy& proxy)
{
    m_socket->setProxy(proxy);
}

void TcpProbe::start(const QString& host, quint16 port, int timeoutMs, Callback callback)
{
    m_callback = std::move(callback);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        done(true,
             QStringLiteral("connected to %1 port %2")
                 .arg(m_socket->peerAddress().toString())
                 .arg(m_socket->peerPort()));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { done(false, m_socket->errorString()); });
    QTimer::singleShot(timeoutMs, this, [this, timeoutMs] {
        done(false, QStringLiteral("no connection within %1 s").arg(timeoutMs / 1000));
    });
    m_socket->connectToHost(host, port);
}

void TcpProbe::done(bool ok, const QString& detail)
{
    if (!m_callback)
        return;
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    m_socket->abort();
    callback(ok, detail);
}
