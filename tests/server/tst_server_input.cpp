// SPDX-License-Identifier: Apache-2.0
// Bad input of every kind: the server answers with the error envelope, stores nothing and keeps serving.
#include "TestClient.h"
#include "TestServer.h"

#include <QTcpSocket>
#include <QtTest>

class TestServerInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badSignInBodies_data();
    void badSignInBodies();
    void badRefreshBodies_data();
    void badRefreshBodies();
    void bodyTooLarge();
    void unknownRoute();
    void wrongMethod();
    void plainHttpGetsNoHttpAnswer();
    void accountAddRefusesDuplicatesAndBadInput();
    void startupRefusals();
    void serverStillServes();

private:
    static void checkEnvelope(const TestReply& reply, int status, const QString& code,
                              const QString& field = {});

    TestServer m_server;
    std::unique_ptr<TestClient> m_client;
};

void TestServerInput::checkEnvelope(const TestReply& reply, int status, const QString& code,
                                    const QString& field)
{
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.requestId.size(), 32);
    QCOMPARE(reply.errorRequestId().toLatin1(), reply.requestId);
    QVERIFY(!reply.json.value("error").toObject().value("message").toString().isEmpty());
    if (!field.isEmpty())
        QCOMPARE(reply.errorField(), field);
}

void TestServerInput::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<TestClient>(m_server.url());
    QVERIFY(m_server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"),
                                QStringLiteral("Bob2026pass"))
            > 0);
}

void TestServerInput::badSignInBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray device = R"("device":{"id":"d","name":"n","kind":"computer","platform":"Linux"})";
    // An empty body reads as {} (so GET and DELETE need none): then the first field is missing.
    QTest::newRow("empty") << QByteArray() << "E-FIELD-MISSING"
                           << "login";
    QTest::newRow("malformed") << QByteArray("{\"login\":") << "E-BAD-JSON" << QString();
    QTest::newRow("not json") << QByteArray("login=anna&password=pw") << "E-BAD-JSON" << QString();
    QTest::newRow("array") << QByteArray("[{\"login\":\"anna@example.com\"}]") << "E-BAD-JSON" << QString();
    QTest::newRow("string") << QByteArray("\"hello\"") << "E-BAD-JSON" << QString();
    QTest::newRow("no login") << QByteArray("{\"password\":\"pw\"," + device + "}") << "E-FIELD-MISSING"
                              << "login";
    QTest::newRow("empty login") << QByteArray("{\"login\":\"\",\"password\":\"pw\"," + device + "}")
                                 << "E-FIELD-MISSING"
                                 << "login";
    QTest::newRow("login number") << QByteArray("{\"login\":42,\"password\":\"pw\"," + device + "}")
                                  << "E-FIELD-INVALID"
                                  << "login";
    QTest::newRow("password null") << QByteArray("{\"login\":\"a@b.c\",\"password\":null," + device + "}")
                                   << "E-FIELD-MISSING"
                                   << "password";
    QTest::newRow("password array") << QByteArray("{\"login\":\"a@b.c\",\"password\":[1]," + device + "}")
                                    << "E-FIELD-INVALID"
                                    << "password";
    QTest::newRow("no device") << QByteArray(R"({"login":"a@b.c","password":"pw"})") << "E-FIELD-MISSING"
                               << "device";
    QTest::newRow("device string") << QByteArray(R"({"login":"a@b.c","password":"pw","device":"laptop"})")
                                   << "E-FIELD-INVALID"
                                   << "device";
    QTest::newRow("device.id missing") << QByteArray(
        R"({"login":"a@b.c","password":"pw","device":{"name":"n","kind":"computer","platform":"L"}})")
                                       << "E-FIELD-MISSING"
                                       << "device.id";
    QTest::newRow("device.kind unknown") << QByteArray(
        R"({"login":"a@b.c","password":"pw","device":{"id":"d","name":"n","kind":"toaster","platform":"L"}})")
                                         << "E-FIELD-INVALID"
                                         << "device.kind";
    QTest::newRow("device.name too long")
        << QByteArray(R"({"login":"a@b.c","password":"pw","device":{"id":"d","name":")" + QByteArray(101, 'n')
                      + R"(","kind":"computer","platform":"L"}})")
        << "E-FIELD-INVALID"
        << "device.name";
    QTest::newRow("captcha not object")
        << QByteArray("{\"login\":\"a@b.c\",\"password\":\"pw\"," + device + ",\"captcha\":7}")
        << "E-FIELD-INVALID"
        << "captcha";
    QTest::newRow("captcha.answer missing")
        << QByteArray("{\"login\":\"a@b.c\",\"password\":\"pw\"," + device + ",\"captcha\":{\"id\":\"x\"}}")
        << "E-FIELD-MISSING"
        << "captcha.answer";
}

void TestServerInput::badSignInBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const TestReply reply = m_client->postRaw(QStringLiteral("/v1/sessions"), body);
    checkEnvelope(reply, 400, code, field);
    if (field.isEmpty())
        QVERIFY(reply.json.value("error").toObject().value("field").isNull());
}

void TestServerInput::badRefreshBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty object") << QByteArray("{}") << "E-FIELD-MISSING"
                                  << "refreshToken";
    QTest::newRow("number") << QByteArray(R"({"refreshToken":12})") << "E-FIELD-INVALID"
                            << "refreshToken";
    QTest::newRow("array") << QByteArray("[]") << "E-BAD-JSON" << QString();
    QTest::newRow("truncated") << QByteArray(R"({"refreshToken":"abc)") << "E-BAD-JSON" << QString();
}

void TestServerInput::badRefreshBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    checkEnvelope(m_client->postRaw(QStringLiteral("/v1/sessions/refresh"), body), 400, code, field);
}

void TestServerInput::bodyTooLarge()
{
    // Valid JSON, just too big: the size alone decides.
    const QByteArray big = "{\"login\":\"" + QByteArray(70 * 1024, 'a') + "\"}";
    checkEnvelope(m_client->postRaw(QStringLiteral("/v1/sessions"), big), 413,
                  QStringLiteral("E-BODY-TOO-LARGE"));
    checkEnvelope(m_client->postRaw(QStringLiteral("/v1/captcha"), big), 413,
                  QStringLiteral("E-BODY-TOO-LARGE"));
    // Just under the limit is read (and then judged on its content).
    const QByteArray fits = "{\"pad\":\"" + QByteArray(60 * 1024, 'a') + "\"}";
    checkEnvelope(m_client->postRaw(QStringLiteral("/v1/sessions"), fits), 400,
                  QStringLiteral("E-FIELD-MISSING"), QStringLiteral("login"));
}

void TestServerInput::unknownRoute()
{
    for (const QString& path : { QStringLiteral("/"), QStringLiteral("/v1"), QStringLiteral("/v1/nothing"),
                                 QStringLiteral("/v2/health"), QStringLiteral("/v1/sessions/other") }) {
        const TestReply reply = m_client->get(path);
        checkEnvelope(reply, 404, QStringLiteral("E-NOT-FOUND"));
    }
    checkEnvelope(m_client->postRaw(QStringLiteral("/v1/unknown"), "{}"), 404, QStringLiteral("E-NOT-FOUND"));
}

void TestServerInput::wrongMethod()
{
    checkEnvelope(m_client->postRaw(QStringLiteral("/v1/health"), "{}"), 405,
                  QStringLiteral("E-METHOD-NOT-ALLOWED"));
    checkEnvelope(m_client->get(QStringLiteral("/v1/sessions")), 405, QStringLiteral("E-METHOD-NOT-ALLOWED"));
    checkEnvelope(m_client->send("PUT", QStringLiteral("/v1/account"), "{}"), 405,
                  QStringLiteral("E-METHOD-NOT-ALLOWED"));
}

void TestServerInput::plainHttpGetsNoHttpAnswer()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 5000) {
        socket.waitForReadyRead(500);
        received += socket.readAll();
    }
    received += socket.readAll();
    QVERIFY2(!received.contains("HTTP/"), received.constData());
    QVERIFY(!received.contains("\"status\""));
}

void TestServerInput::accountAddRefusesDuplicatesAndBadInput()
{
    QCOMPARE(m_server.addAccount(QStringLiteral("ANNA@example.com "), {}, QStringLiteral("RU"),
                                 QStringLiteral("Mi2026secure")),
             0);
    QVERIFY(m_server.errorString().contains(QStringLiteral("already exists")));
    QVERIFY(m_server.addAccount({}, QStringLiteral("+79161234567"), QStringLiteral("RU"),
                                QStringLiteral("Mi2026secure"))
            > 0);
    QCOMPARE(m_server.addAccount(QStringLiteral("new@example.com"), QStringLiteral("+79161234567"),
                                 QStringLiteral("RU"), QStringLiteral("Mi2026secure")),
             0);
    QVERIFY(m_server.errorString().contains(QStringLiteral("already exists")));
    // Neither of the refused accounts was stored: the new email is free.
    QVERIFY(m_server.addAccount(QStringLiteral("new@example.com"), {}, QStringLiteral("RU"),
                                QStringLiteral("Mi2026secure"))
            > 0);

    QCOMPARE(m_server.addAccount(QStringLiteral("not-an-email"), {}, QStringLiteral("RU"),
                                 QStringLiteral("Mi2026secure")),
             0);
    QCOMPARE(m_server.addAccount({}, QStringLiteral("12345"), QStringLiteral("RU"),
                                 QStringLiteral("Mi2026secure")),
             0);
    QCOMPARE(m_server.addAccount(QStringLiteral("c@example.com"), {}, QStringLiteral("Russia"),
                                 QStringLiteral("Mi2026secure")),
             0);
    QCOMPARE(m_server.addAccount(QStringLiteral("d@example.com"), {}, QStringLiteral("RU"), QString()), 0);
    QCOMPARE(m_server.addAccount({}, {}, QStringLiteral("RU"), QStringLiteral("Mi2026secure")), 0);

    // The ID goes alone on stdout, so scripts can capture it.
    QByteArray out;
    QByteArray err;
    QCOMPARE(m_server.runCommand(
                 { QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--data-dir"),
                   m_server.dataDir(), QStringLiteral("--email"), QStringLiteral("e@example.com"),
                   QStringLiteral("--region"), QStringLiteral("ru"), QStringLiteral("--password-stdin") },
                 "Secret2026\n", &out, &err),
             0);
    QVERIFY(
        QRegularExpression(QStringLiteral("^[1-9][0-9]{9}\n$")).match(QString::fromLatin1(out)).hasMatch());
    QVERIFY(!err.contains("Secret2026"));
}

void TestServerInput::startupRefusals()
{
    QTemporaryDir empty;
    QByteArray err;
    // No certificate in DIR/tls: a clear message that names the script that makes one.
    int code = m_server.runCommand({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                     QStringLiteral("--data-dir"), empty.path() },
                                   {}, nullptr, &err);
    QVERIFY(code != 0);
    QVERIFY2(err.contains("scripts/dev-pki"), err.constData());
    // Captcha answers in a file only on loopback.
    code = m_server.runCommand({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                                 QStringLiteral("--data-dir"), empty.path(),
                                 QStringLiteral("--test-captcha-answers") },
                               {}, nullptr, &err);
    QVERIFY(code != 0);
    QVERIFY2(err.contains("loopback"), err.constData());
    QByteArray out;
    QCOMPARE(m_server.runCommand({ QStringLiteral("--version") }, {}, &out), 0);
    QVERIFY(out.contains(ACCOUNT_MANAGER_VERSION));
    QCOMPARE(m_server.runCommand({ QStringLiteral("--listen"), QStringLiteral("nonsense") }, {}), 2);
}

void TestServerInput::serverStillServes()
{
    const TestReply health = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(health.status, 200);
    const TestReply signIn = m_client->post(
        QStringLiteral("/v1/sessions"),
        TestClient::signInBody(QStringLiteral("anna@example.com"), QStringLiteral("Bob2026pass")));
    QCOMPARE(signIn.status, 200);
    QVERIFY(m_server.isRunning());
}

QTEST_GUILESS_MAIN(TestServerInput)
#include "tst_server_input.moc"
