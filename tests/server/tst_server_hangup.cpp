// SPDX-License-Identifier: Apache-2.0
// Clients that hang up while their sign-in is still being hashed: the server must shrug it off.
// (Qt HttpServer 6.4, the engine before libmicrohttpd, died of this under wrk.) Now a request on a
// worker suspends its connection, and the engine learns that the client is gone only once the
// worker resumes it.
#include "TestClient.h"
#include "TestServer.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QtTest>

class TestServerHangup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hangUpsDuringSignIn();

private:
    TestServer m_server;
    QList<QSslCertificate> m_ca;
};

void TestServerHangup::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"),
                                QStringLiteral("Mi2026secure"))
            > 0);
    m_ca = QSslCertificate::fromPath(m_server.caCertificatePath());
    QVERIFY(!m_ca.isEmpty());
}

void TestServerHangup::hangUpsDuringSignIn()
{
    const QByteArray body = QJsonDocument(TestClient::signInBody(QStringLiteral("anna@example.com"),
                                                                 QStringLiteral("Mi2026secure")))
                                .toJson(QJsonDocument::Compact);
    const QByteArray request
        = "POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    const QUrl url = m_server.url();
    int sent = 0;
    int ended = 0;
    // Rounds of connections that send a sign-in and go away after a random few milliseconds,
    // mostly while the password is being hashed on a worker thread.
    for (int round = 0; round < 12; ++round) {
        QList<QSslSocket*> sockets;
        for (int i = 0; i < 6; ++i) {
            auto* socket = new QSslSocket(this);
            QSslConfiguration tls = socket->sslConfiguration();
            tls.setCaCertificates(m_ca);
            socket->setSslConfiguration(tls);
            connect(socket, &QSslSocket::encrypted, socket, [socket, request, &sent, &ended] {
                socket->write(request);
                ++sent;
                QTimer::singleShot(QRandomGenerator::global()->bounded(5, 120), socket, [socket, &ended] {
                    socket->setProperty("counted", true);
                    socket->abort();
                    ++ended;
                });
            });
            // A refused or broken connection ends it too (a dead server refuses them all).
            connect(socket, &QSslSocket::errorOccurred, socket, [socket, &ended] {
                if (!socket->property("counted").toBool()) {
                    socket->setProperty("counted", true);
                    ++ended;
                }
            });
            socket->connectToHostEncrypted(url.host(), quint16(url.port()), QStringLiteral("127.0.0.1"));
            sockets.append(socket);
        }
        const int target = ended + int(sockets.size());
        QTRY_VERIFY_WITH_TIMEOUT(ended >= target || !m_server.isRunning(), 20000);
        QTest::qWait(50);
        qDeleteAll(sockets);
        QVERIFY2(m_server.isRunning(), qPrintable(QStringLiteral("the server died in round %1").arg(round)));
    }
    QVERIFY2(sent >= 60, qPrintable(QString::number(sent)));
    // Still serving: a sign-in of a client that waits gets its tokens.
    QTest::qWait(500);
    QVERIFY(m_server.isRunning());
    TestClient client(url);
    const TestReply reply = client.post(
        QStringLiteral("/v1/sessions"),
        TestClient::signInBody(QStringLiteral("anna@example.com"), QStringLiteral("Mi2026secure")));
    QCOMPARE(reply.status, 200);
}

QTEST_MAIN(TestServerHangup)
#include "tst_server_hangup.moc"
