// SPDX-License-Identifier: Apache-2.0
// The server behind a real reverse proxy (Debian's nginx, TLS on both sides): with --trusted-proxy
// naming the proxy, per-address limits count the client that X-Forwarded-For names, not the proxy;
// from anyone else X-Forwarded-For is ignored, so a client cannot pick the address it is counted
// under; and the proxy, whose address all its clients share, is not held to the per-address cap.
#include "TestClient.h"
#include "TestServer.h"
#include "TestTls.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <unistd.h>
#include <vector>

class TestServerProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addressLimitsCountTheClientBehindTheProxy();
    void forwardedForIgnoredFromOthers();
    void proxyNotHeldToThePerAddressCap();

private:
    // A failed sign-in (no captcha) through `port` from local address `from`, with an optional
    // X-Forwarded-For; returns the error code.
    QString failedSignIn(quint16 port, const QHostAddress& from, const QByteArray& forwardedFor = {});

    TestServer m_server;
    QTemporaryDir m_nginxDir;
    QProcess m_nginx;
    quint16 m_proxyPort = 0;
};

void TestServerProxy::initTestCase()
{
    // nginx connects to the server from 127.0.0.2 (proxy_bind), the one trusted proxy; the test's own
    // direct connections come from other loopback addresses and are not trusted. A small cap, so the
    // proxy can be seen to pass it.
    QVERIFY2(m_server.start({ QStringLiteral("--trusted-proxy"), QStringLiteral("127.0.0.2"),
                              QStringLiteral("--max-connections-per-address"), QStringLiteral("4") }),
             qPrintable(m_server.errorString()));
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    m_proxyPort = probe.serverPort();
    probe.close();
    const QString dir = m_nginxDir.path();
    const QString pki = QStringLiteral(TEST_PKI_DIR);
    QByteArray config = "daemon off;\nworker_processes 1;\npid " + dir.toUtf8() + "/nginx.pid;\nerror_log "
        + dir.toUtf8() + "/error.log;\n";
    if (::geteuid() == 0)
        config += "user root;\n"; // workers need not switch to nobody, who cannot read the temp folder
    config += "events { worker_connections 128; }\nhttp {\n  access_log off;\n";
    for (const char* temp : { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        config += QByteArray("  ") + temp + "_temp_path " + dir.toUtf8() + '/' + temp + ";\n";
    config += "  server {\n    listen 127.0.0.1:" + QByteArray::number(m_proxyPort) + " ssl;\n"
        + "    ssl_certificate " + pki.toUtf8() + "/server.crt;\n    ssl_certificate_key " + pki.toUtf8()
        + "/server.key;\n    location / {\n      proxy_pass https://127.0.0.1:"
        + QByteArray::number(m_server.port())
        + ";\n      proxy_bind 127.0.0.2;\n      proxy_http_version 1.1;\n      proxy_request_buffering "
          "off;\n"
        + "      proxy_set_header Connection \"\";\n"
        + "      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
        + "      proxy_ssl_verify on;\n      proxy_ssl_name localhost;\n      proxy_ssl_server_name on;\n"
        + "      proxy_ssl_trusted_certificate " + pki.toUtf8() + "/ca.crt;\n    }\n  }\n}\n";
    QFile file(dir + QStringLiteral("/nginx.conf"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();
    m_nginx.setProcessChannelMode(QProcess::MergedChannels);
    m_nginx.start(QStringLiteral("nginx"),
                  { QStringLiteral("-p"), dir, QStringLiteral("-c"), file.fileName() });
    QVERIFY2(m_nginx.waitForStarted(), "nginx (Debian package nginx) is needed");
    // Ready when it answers through to the server.
    TestClient client(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)));
    QVERIFY2(QTest::qWaitFor([&] { return client.get(QStringLiteral("/v1/health")).status == 200; }, 15000),
             qPrintable(QString::fromUtf8(m_nginx.readAll())));
}

void TestServerProxy::cleanupTestCase()
{
    m_nginx.terminate();
    m_nginx.waitForFinished(5000);
}

QString TestServerProxy::failedSignIn(quint16 port, const QHostAddress& from, const QByteArray& forwardedFor)
{
    QSslSocket socket;
    socket.setSslConfiguration(TestTls::configuration());
    if (!socket.bind(from))
        return QStringLiteral("bind failed");
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForEncrypted(10000))
        return QStringLiteral("no TLS");
    // Each a different unknown login: only the address's count grows.
    static int n = 0;
    const QByteArray body
        = QJsonDocument(TestClient::signInBody(QStringLiteral("nobody%1@example.com").arg(++n),
                                               QStringLiteral("wrong")))
              .toJson(QJsonDocument::Compact);
    socket.write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 + (forwardedFor.isEmpty() ? QByteArray() : "X-Forwarded-For: " + forwardedFor + "\r\n")
                 + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                 + body);
    QByteArray response;
    while (socket.waitForReadyRead(10000))
        response += socket.readAll();
    const qsizetype start = response.indexOf("\r\n\r\n");
    return QJsonDocument::fromJson(response.mid(start + 4))
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

void TestServerProxy::addressLimitsCountTheClientBehindTheProxy()
{
    // Three failures from one client through the proxy: that client now needs a captcha...
    const QHostAddress guesser(QStringLiteral("127.0.0.20"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(failedSignIn(m_proxyPort, guesser), QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(failedSignIn(m_proxyPort, guesser), QStringLiteral("E-CAPTCHA-REQUIRED"));
    // ...but another client of the same proxy does not: they are not counted as one address.
    QCOMPARE(failedSignIn(m_proxyPort, QHostAddress(QStringLiteral("127.0.0.21"))),
             QStringLiteral("E-LOGIN-FAILED"));
}

void TestServerProxy::forwardedForIgnoredFromOthers()
{
    // A direct client (not a trusted proxy) names a fresh address each time: ignored, it is counted as
    // itself and reaches the captcha after three failures all the same.
    const QHostAddress direct(QStringLiteral("127.0.0.30"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(failedSignIn(m_server.port(), direct, "198.51.100." + QByteArray::number(i + 1)),
                 QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(failedSignIn(m_server.port(), direct, "198.51.100.99"), QStringLiteral("E-CAPTCHA-REQUIRED"));
    // Through the proxy, a client's own X-Forwarded-For is kept to the left of the address nginx
    // adds, and the server takes the right-most: the client cannot pick its address there either.
    const QHostAddress sly(QStringLiteral("127.0.0.31"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(failedSignIn(m_proxyPort, sly, "198.51.100." + QByteArray::number(i + 10)),
                 QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(failedSignIn(m_proxyPort, sly, "198.51.100.99"), QStringLiteral("E-CAPTCHA-REQUIRED"));
}

void TestServerProxy::proxyNotHeldToThePerAddressCap()
{
    // Ten clients hold connections through the proxy at once (each a request that stalls in its
    // body), so nginx holds ten upstream connections from its one address, over the cap of 4; a
    // direct client is held to it.
    std::vector<std::unique_ptr<QSslSocket>> held;
    for (int i = 0; i < 10; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(TestTls::configuration());
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_proxyPort);
        QVERIFY(socket->waitForEncrypted(10000));
        socket->write(
            "POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 20\r\n\r\n{\"login\":");
        QVERIFY(socket->waitForBytesWritten(5000));
        held.push_back(std::move(socket));
    }
    // (proxy_request_buffering off: nginx connects upstream at once.) An eleventh request through
    // the proxy still gets through while the ten wait.
    TestClient viaProxy(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_proxyPort)));
    QCOMPARE(viaProxy.get(QStringLiteral("/v1/health")).status, 200);
    std::vector<std::unique_ptr<QSslSocket>> direct;
    for (int i = 0; i < 5; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(TestTls::configuration());
        QVERIFY(socket->bind(QHostAddress(QStringLiteral("127.0.0.40"))));
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
        const bool encrypted = socket->waitForEncrypted(3000);
        QCOMPARE(encrypted, i < 4);
        direct.push_back(std::move(socket));
    }
}

QTEST_GUILESS_MAIN(TestServerProxy)
#include "tst_server_proxy.moc"
