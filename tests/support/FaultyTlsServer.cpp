// SPDX-License-Identifier: Apache-2.0
#include "FaultyTlsServer.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>

namespace {
QByteArray response(const QByteArray& status, const QByteArray& type, const QByteArray& body,
                    qsizetype declaredLength)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: "
        + QByteArray::number(declaredLength) + "\r\nConnection: close\r\n\r\n" + body;
}
} // namespace

FaultyTlsServer::FaultyTlsServer(Fault fault, const QString& pkiDir, QObject* parent)
    : QObject(parent)
    , m_fault(fault)
{
    const QString dir = pkiDir.isEmpty() ? QStringLiteral(TEST_PKI_DIR) : pkiDir;
    QFile cert(dir + QStringLiteral("/server.crt"));
    QFile key(dir + QStringLiteral("/server.key"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        tls.setLocalCertificateChain(QSslCertificate::fromData(cert.readAll(), QSsl::Pem));
        const QByteArray pem = key.readAll();
        QSslKey privateKey(pem, QSsl::Ec);
        tls.setPrivateKey(privateKey.isNull() ? QSslKey(pem, QSsl::Rsa) : privateKey);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(tls);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto* socket = static_cast<QSslSocket*>(m_server.nextPendingConnection()))
            serve(socket);
    });
}

bool FaultyTlsServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl FaultyTlsServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

void FaultyTlsServer::serve(QSslSocket* socket)
{
    ++m_handshakes;
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    auto* buffer = new QByteArray;
    connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : buffer->left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < headerEnd + 4 + length)
            return;
        m_requests.append(buffer->left(buffer->indexOf("\r\n")));
        buffer->remove(0, headerEnd + 4 + length);
        answer(socket);
    });
}

void FaultyTlsServer::answer(QSslSocket* socket)
{
    const QByteArray json = R"({"status":"ok","version":"0.1.0","time":"2026-01-01T00:00:00Z"})";
    switch (m_fault) {
    case Fault::None:
        socket->write(response("200 OK", "application/json", json, json.size()));
        socket->disconnectFromHost();
        break;
    case Fault::CloseAfterRequest:
        socket->disconnectFromHost();
        break;
    case Fault::ResetAfterRequest:
        socket->abort();
        break;
    case Fault::Silent:
        break;
    case Fault::HeadersThenSilence:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
        break;
    case Fault::TruncatedBody:
        socket->write(response("200 OK", "application/json", json.left(json.size() / 2), json.size()));
        socket->disconnectFromHost();
        break;
    case Fault::TruncatedJson:
        socket->write(response("200 OK", "application/json", json.left(json.size() / 2), json.size() / 2));
        socket->disconnectFromHost();
        break;
    case Fault::NotJson:
        socket->write(response("200 OK", "text/html", "<html>captive portal</html>", 27));
        socket->disconnectFromHost();
        break;
    case Fault::ErrorNotJson:
        socket->write(response("502 Bad Gateway", "text/html", "<html>bad gateway</html>", 24));
        socket->disconnectFromHost();
        break;
    }
}
