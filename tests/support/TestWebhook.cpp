// SPDX-License-Identifier: Apache-2.0
#include "TestWebhook.h"

#include <QFile>
#include <QJsonDocument>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

TestWebhook::TestWebhook(bool tls, QObject* parent)
    : QObject(parent)
    , m_tls(tls)
{
    if (tls) {
        auto* server = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(
            QSslCertificate::fromPath(QStringLiteral(TEST_PKI_DIR "/server.crt")));
        QFile key(QStringLiteral(TEST_PKI_DIR "/server.key"));
        key.open(QIODevice::ReadOnly);
        config.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestWebhook::accept);
}

TestWebhook::~TestWebhook() = default;

bool TestWebhook::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl TestWebhook::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/sms"));
    return url;
}

void TestWebhook::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        read(socket);
    }
}

void TestWebhook::read(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const int headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + length)
        return;
    m_paths << buffer.left(buffer.indexOf("\r\n"));
    m_requests << QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
    buffer.clear();
    const QByteArray answer = "HTTP/1.1 " + QByteArray::number(m_status)
        + " Test\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
    QTimer::singleShot(m_delayMs, socket, [socket, answer] {
        socket->write(answer);
        socket->disconnectFromHost();
    });
}
