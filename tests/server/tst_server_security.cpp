// SPDX-License-Identifier: Apache-2.0
// Security properties of the server that the other suites do not already show (tst_server_api: token
// rotation and reuse detection, sign-in enumeration; tst_server_throttle: captcha and lock from one address;
// tst_server_recovery: recovery enumeration and limits; tst_server_input: the 64 KiB body limit):
// TLS 1.2+ only, a login locked by guesses spread over many addresses, bodies and headers far over the
// limits refused without harm (tst_server_limits: each limit at its edge), and a slow client that holds a
// connection open not holding up others.
#include "TestClient.h"
#include "TestServer.h"
#include "TestTls.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QtTest>

class TestServerSecurity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oldTlsVersionsRefused_data();
    void oldTlsVersionsRefused();
    void lockHoldsAcrossAddresses();
    void hugeBodyRefused();
    void hugeHeaderRefused();
    void manyHeadersRefused();
    void stalledClientHoldsNobodyUp();

private:
    // One HTTPS exchange over a socket bound to `from` (any 127/8 address works on Linux's loopback).
    QByteArray exchange(const QByteArray& request, const QHostAddress& from = QHostAddress::LocalHost,
                        int timeoutMs = 15000) const;
    QByteArray signInRequest(const QString& login, const QString& password, const QJsonObject& captcha) const;
    QJsonObject solvedCaptcha();
    void serverStillServes();

    TestServer m_server;
    std::unique_ptr<TestClient> m_client;
};

static int statusOf(const QByteArray& response)
{
    // "HTTP/1.1 423 Locked": 0 when there was no HTTP answer at all.
    if (!response.startsWith("HTTP/1.1 "))
        return 0;
    return response.mid(9, 3).toInt();
}

static QByteArray bodyOf(const QByteArray& response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : response.mid(end + 4);
}

void TestServerSecurity::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<TestClient>(m_server.url());
    QVERIFY(m_server.addAccount(QStringLiteral("anna@example.com"), QStringLiteral("+79123456789"),
                                QStringLiteral("RU"), QStringLiteral("Mi2026secure"))
            > 0);
}

void TestServerSecurity::oldTlsVersionsRefused_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("TLS 1.0") << QStringLiteral("-tls1") << false;
    QTest::newRow("TLS 1.1") << QStringLiteral("-tls1_1") << false;
    QTest::newRow("TLS 1.2") << QStringLiteral("-tls1_2") << true;
    QTest::newRow("TLS 1.3") << QStringLiteral("-tls1_3") << true;
}

void TestServerSecurity::oldTlsVersionsRefused()
{
    QFETCH(QString, flag);
    QFETCH(bool, accepted);
    QString output;
    const QStringList flags { flag, QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0") };
    QVERIFY2(TestTls::opensslHandshake(m_server.port(), flags, &output) == accepted,
             qPrintable(output.left(2000)));
    if (accepted)
        return;
    // The control: the same client does finish an old handshake with a server that allows it (openssl's
    // own, same certificate), so the refusal above is the account server's doing.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    QProcess legacy;
    legacy.setProcessEnvironment(TestTls::opensslEnvironment());
    legacy.start(QStringLiteral("openssl"),
                 { QStringLiteral("s_server"), QStringLiteral("-accept"),
                   QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("-cert"),
                   QStringLiteral(TEST_PKI_DIR "/server.crt"), QStringLiteral("-key"),
                   QStringLiteral(TEST_PKI_DIR "/server.key"), flag, QStringLiteral("-cipher"),
                   QStringLiteral("ALL:@SECLEVEL=0"), QStringLiteral("-naccept"), QStringLiteral("1") });
    QVERIFY(legacy.waitForStarted());
    QVERIFY(QTest::qWaitFor([&] { return legacy.readAllStandardOutput().contains("ACCEPT"); }, 10000));
    QVERIFY2(TestTls::opensslHandshake(port, flags, &output), qPrintable(output.left(2000)));
    legacy.kill();
    legacy.waitForFinished();
}

QByteArray TestServerSecurity::exchange(const QByteArray& request, const QHostAddress& from,
                                        int timeoutMs) const
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile ca(QStringLiteral(TEST_PKI_DIR "/ca.crt"));
    if (!ca.open(QIODevice::ReadOnly))
        return {};
    tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    socket.setSslConfiguration(tls);
    if (!socket.bind(from))
        return {};
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    if (!socket.waitForEncrypted(timeoutMs))
        return {};
    // Written in pieces: a peer may stop reading and close early, which is its right.
    for (qsizetype at = 0; at < request.size() && socket.state() == QAbstractSocket::ConnectedState;
         at += 16384) {
        socket.write(request.mid(at, 16384));
        socket.waitForBytesWritten(timeoutMs);
    }
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(500))
            response += socket.readAll();
        const qsizetype headerEnd = response.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QByteArray headers = response.left(headerEnd).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qsizetype length = at < 0
                ? 0
                : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (response.size() >= headerEnd + 4 + length)
                break;
        }
    }
    return response + socket.readAll();
}

QJsonObject TestServerSecurity::solvedCaptcha()
{
    const TestReply reply = m_client->postRaw(QStringLiteral("/v1/captcha"), {});
    const QString id = reply.json.value(QStringLiteral("captchaId")).toString();
    return { { QStringLiteral("id"), id }, { QStringLiteral("answer"), m_server.captchaAnswer(id) } };
}

QByteArray TestServerSecurity::signInRequest(const QString& login, const QString& password,
                                             const QJsonObject& captcha) const
{
    QJsonObject body = TestClient::signInBody(login, password);
    if (!captcha.isEmpty())
        body.insert(QStringLiteral("captcha"), captcha);
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

void TestServerSecurity::serverStillServes()
{
    const TestReply health = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
}

void TestServerSecurity::lockHoldsAcrossAddresses()
{
    // A guesser with many addresses: each sends one or two wrong passwords for the same account. The
    // account's own count still reaches the lock, and further guesses from new addresses are refused
    // until it ends.
    const QString login = QStringLiteral("anna@example.com");
    QByteArray response;
    for (int i = 0; i < 10; ++i) {
        const QHostAddress from(QStringLiteral("127.0.0.%1").arg(10 + i));
        // Past three failures the account wants a captcha, whatever the address: a fresh one is solved.
        response = exchange(
            signInRequest(login, QStringLiteral("wrong-%1").arg(i), i >= 3 ? solvedCaptcha() : QJsonObject()),
            from);
        const QString code = QJsonDocument::fromJson(bodyOf(response))
                                 .object()
                                 .value(QStringLiteral("error"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        if (i < 9)
            QVERIFY2(
                code == QLatin1String("E-LOGIN-FAILED"),
                qPrintable(QString::number(i) + QLatin1Char(' ') + QString::fromUtf8(response.left(400))));
        else
            QCOMPARE(code, QStringLiteral("E-LOGIN-LOCKED"));
    }
    // One more guess from yet another address: still locked.
    response = exchange(signInRequest(login, QStringLiteral("wrong-again"), solvedCaptcha()),
                        QHostAddress(QStringLiteral("127.0.0.98")));
    QCOMPARE(statusOf(response), 423);
    const QJsonObject error
        = QJsonDocument::fromJson(bodyOf(response)).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("E-LOGIN-LOCKED"));
    QVERIFY(!error.value(QStringLiteral("until")).toString().isEmpty());
    // The owner, though, with the right password and a solved captcha, gets in: the guesser locked
    // the guessing, not the owner out.
    response = exchange(signInRequest(login, QStringLiteral("Mi2026secure"), solvedCaptcha()),
                        QHostAddress(QStringLiteral("127.0.0.99")));
    QCOMPARE(statusOf(response), 200);
}

void TestServerSecurity::hugeBodyRefused()
{
    // 8 MiB, well over the 64 KiB limit (tst_server_input sends just over it): refused, and the server
    // goes on serving.
    const QByteArray body = "{\"login\":\"" + QByteArray(8 * 1024 * 1024, 'a') + "\"}";
    const QByteArray response
        = exchange("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                   "Content-Length: "
                   + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    const int status = statusOf(response);
    // Refused before the body is read; the client is still sending, so it may see the 413 or only the
    // connection ending (tst_server_limits: the 413 arrives when just the headers are sent).
    QVERIFY2(status == 413 || status == 0, qPrintable(QString::fromUtf8(response.left(300))));
    if (status == 413)
        QVERIFY(bodyOf(response).contains("E-BODY-TOO-LARGE"));
    serverStillServes();
}

void TestServerSecurity::hugeHeaderRefused()
{
    // One header of 1 MiB: no request is made of it (no 2xx); the answer is an error or a closed connection.
    const QByteArray response = exchange("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                                         + QByteArray(1024 * 1024, 'a') + "\r\nConnection: close\r\n\r\n");
    const int status = statusOf(response);
    serverStillServes();
    // 431 from the engine's own memory limit (tst_server_limits: the 16 KiB limit itself).
    QVERIFY2(status == 431, qPrintable(QString::fromUtf8(response.left(300))));
}

void TestServerSecurity::manyHeadersRefused()
{
    QByteArray headers;
    for (int i = 0; i < 20000; ++i)
        headers += "X-H" + QByteArray::number(i) + ": v\r\n";
    const QByteArray response
        = exchange("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n");
    const int status = statusOf(response);
    serverStillServes();
    QVERIFY2(status == 431, qPrintable(QString::fromUtf8(response.left(300))));
}

void TestServerSecurity::stalledClientHoldsNobodyUp()
{
    // A client that promises a large body and sends a few bytes of it keeps its connection; everyone else
    // is still answered meanwhile.
    QSslSocket stalled;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile ca(QStringLiteral(TEST_PKI_DIR "/ca.crt"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    stalled.setSslConfiguration(tls);
    stalled.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server.port());
    QVERIFY(stalled.waitForEncrypted(10000));
    stalled.write("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  "Content-Length: 60000\r\n\r\n{\"login\":\"");
    QVERIFY(stalled.waitForBytesWritten(5000));
    serverStillServes();
    const TestReply signIn
        = m_client->post(QStringLiteral("/v1/sessions"),
                         TestClient::signInBody(QStringLiteral("nobody@example.com"), QStringLiteral("x")));
    QVERIFY(signIn.status >= 400 && signIn.status < 500);
    stalled.abort();
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_server_security.moc"
