// SPDX-License-Identifier: Apache-2.0
// The client under faults: a server that dies mid-request, hangs, sends half an answer or something that is
// not the protocol, changes its certificate; a keychain that is locked. Each must end in one clear ApiError
// code, and a request that is not safe to repeat (POST) must reach the server once only.
#include "FaultyTlsServer.h"
#include "api/AccountApi.h"
#include "session/TokenStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Fault = FaultyTlsServer::Fault;
Q_DECLARE_METATYPE(FaultyTlsServer::Fault)

class TestAccountApiFaults : public QObject
{
    Q_OBJECT

private slots:
    void serverDiesMidRequest_data();
    void serverDiesMidRequest();
    void slowServerTimesOut_data();
    void slowServerTimesOut();
    void brokenAnswers_data();
    void brokenAnswers();
    void certificateChangeIsRefused();
    void lockedKeychainIsAClearError();

private:
    // The columns of a fault test: what the server does wrong, and the method of the request.
    static void addFaultColumns();
    // Points api at server, listening now, and trusts the test CA; false when either failed.
    static bool connectTo(AccountApi& api, FaultyTlsServer& server);
    // Sends GET /v1/health or POST /v1/sessions (by method) and waits for the callback.
    ApiError call(AccountApi& api, const QByteArray& method);
};

void TestAccountApiFaults::addFaultColumns()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QByteArray>("method");
}

bool TestAccountApiFaults::connectTo(AccountApi& api, FaultyTlsServer& server)
{
    if (!server.listen())
        return false;
    api.setServerUrl(server.url());
    return api.addTrustedCaFile(QStringLiteral(TEST_PKI_DIR "/ca.crt"));
}

ApiError TestAccountApiFaults::call(AccountApi& api, const QByteArray& method)
{
    ApiError result(ErrorCode::Internal);
    bool done = false;
    if (method == "GET") {
        api.health(this, [&](const HealthResponse&, const ApiError& error) {
            result = error;
            done = true;
        });
    } else {
        SignInRequest request;
        request.login = QStringLiteral("anna@example.com");
        request.password = QStringLiteral("Mi2026secure");
        request.device.id = QStringLiteral("fault-test-device");
        request.device.name = QStringLiteral("Fault test");
        api.signIn(request, this, [&](const TokenResponse&, const ApiError& error) {
            result = error;
            done = true;
        });
    }
    // Generous: the client's own timeouts must end every call long before this.
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return ApiError(ErrorCode::Internal, QStringLiteral("no callback"));
    return result;
}

void TestAccountApiFaults::serverDiesMidRequest_data()
{
    addFaultColumns();
    QTest::newRow("close, GET") << Fault::CloseAfterRequest << QByteArray("GET");
    QTest::newRow("close, POST") << Fault::CloseAfterRequest << QByteArray("POST");
    QTest::newRow("reset, GET") << Fault::ResetAfterRequest << QByteArray("GET");
    QTest::newRow("reset, POST") << Fault::ResetAfterRequest << QByteArray("POST");
    QTest::newRow("half a body, POST") << Fault::TruncatedBody << QByteArray("POST");
}

void TestAccountApiFaults::serverDiesMidRequest()
{
    QFETCH(Fault, fault);
    QFETCH(QByteArray, method);
    FaultyTlsServer server(fault);
    AccountApi api;
    QVERIFY(connectTo(api, server));

    const ApiError error = call(api, method);
    QVERIFY2(error.code == ErrorCode::NetworkError,
             qPrintable(error.wireName() + QLatin1Char(' ') + error.detail));
    QVERIFY(!error.userMessage().isEmpty());
    // A sign-in the server may have acted on is not sent again behind the user's back.
    if (method == "POST")
        QCOMPARE(server.requests().size(), 1);
    QVERIFY(!server.requests().isEmpty());
    QVERIFY(server.requests().first().startsWith(method + ' '));
}

void TestAccountApiFaults::slowServerTimesOut_data()
{
    addFaultColumns();
    QTest::newRow("silent, GET") << Fault::Silent << QByteArray("GET");
    QTest::newRow("silent, POST") << Fault::Silent << QByteArray("POST");
    QTest::newRow("headers then silence, POST") << Fault::HeadersThenSilence << QByteArray("POST");
}

void TestAccountApiFaults::slowServerTimesOut()
{
    QFETCH(Fault, fault);
    QFETCH(QByteArray, method);
    FaultyTlsServer server(fault);
    AccountApi api;
    QVERIFY(connectTo(api, server));
    api.setTransferTimeout(800);

    const ApiError error = call(api, method);
    QCOMPARE(error.wireName(), QStringLiteral("E-TIMEOUT"));
    QVERIFY(!error.userMessage().isEmpty());
    QCOMPARE(server.requests().size(), 1);
}

void TestAccountApiFaults::brokenAnswers_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("truncated JSON") << Fault::TruncatedJson << 200;
    QTest::newRow("captive portal page") << Fault::NotJson << 200;
    QTest::newRow("proxy error page") << Fault::ErrorNotJson << 502;
}

void TestAccountApiFaults::brokenAnswers()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    FaultyTlsServer server(fault);
    AccountApi api;
    QVERIFY(connectTo(api, server));

    for (const QByteArray& method : { QByteArray("GET"), QByteArray("POST") }) {
        const ApiError error = call(api, method);
        QCOMPARE(error.wireName(), QStringLiteral("E-BAD-RESPONSE"));
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.userMessage().isEmpty());
    }
    QCOMPARE(server.requests().size(), 2);
}

void TestAccountApiFaults::certificateChangeIsRefused()
{
    // The client has talked to the server; then whoever answers on that address shows a certificate of
    // a CA the client does not trust. It must refuse, say so, and send nothing to it.
    AccountApi api;
    QVERIFY(api.addTrustedCaFile(QStringLiteral(TEST_PKI_DIR "/ca.crt")));
    quint16 port = 0;
    {
        FaultyTlsServer genuine(Fault::None);
        QVERIFY(genuine.listen());
        port = genuine.url().port();
        api.setServerUrl(genuine.url());
        QCOMPARE(call(api, "GET").code, ErrorCode::None);
    }
    FaultyTlsServer impostor(Fault::None, QStringLiteral(TEST_OTHER_PKI_DIR));
    QVERIFY(impostor.listen(port));
    for (const QByteArray& method : { QByteArray("GET"), QByteArray("POST"), QByteArray("GET") }) {
        const ApiError error = call(api, method);
        QCOMPARE(error.wireName(), QStringLiteral("E-TLS-UNTRUSTED"));
        QVERIFY(!error.detail.isEmpty());
    }
    QVERIFY(impostor.requests().isEmpty());
}

void TestAccountApiFaults::lockedKeychainIsAClearError()
{
    // A Secret Service of its own (so the user's and the suite's keyrings are untouched) whose login
    // collection is unlocked, holds one entry, and is then locked: the child reads and writes there.
    const QString script = QStringLiteral(
        "echo -n pw | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null || exit 90\n"
        "\"$0\" -child-keychain write || exit 91\n"
        "gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets "
        "--method org.freedesktop.Secret.Service.Lock \"[objectpath "
        "'/org/freedesktop/secrets/collection/login']\" "
        ">/dev/null || exit 92\n"
        "\"$0\" -child-keychain write; \"$0\" -child-keychain read\n");
    QProcess child;
    child.setProgram(QStringLiteral("dbus-run-session"));
    child.setArguments({ QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                         QCoreApplication::applicationFilePath() });
    // A home of its own: the suite's keyring (unlocked with another password) must not be the one opened.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral("data"))
            && QDir(home.path()).mkpath(QStringLiteral("run")));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // no unlock prompt can be shown: the lock stays
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    child.setProcessEnvironment(env);
    child.start();
    QVERIFY(child.waitForFinished(60000));
    // "write E-NONE", "write E-KEYCHAIN <detail>", "read E-KEYCHAIN <detail>" (the daemon may add noise).
    QStringList outcomes;
    static const QRegularExpression line(QStringLiteral("(write|read) (E-[A-Z-]+)"));
    for (auto it = line.globalMatch(QString::fromUtf8(child.readAllStandardOutput())); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        outcomes << match.captured(1) + QLatin1Char(' ') + match.captured(2);
    }
    // Unlocked, the same keychain works: the failures after the lock are the lock's.
    // A locked keychain is E-KEYCHAIN, the catalog's "refused to store or read" (E-KEYCHAIN-UNAVAILABLE is
    // kept for no keychain at all, tst_tokenstore::noKeychainIsAClearError); neither falls back to a file.
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0), QStringLiteral("write E-NONE"));
    QCOMPARE(outcomes.at(1), QStringLiteral("write E-KEYCHAIN"));
    // Known gap: QtKeychain's Secret Service back end reports an entry in a locked collection as missing,
    // so a read says "not signed in" (the user is asked to sign in, and the write then fails clearly).
    QEXPECT_FAIL("", "QtKeychain reports an entry of a locked collection as not found", Continue);
    QCOMPARE(outcomes.at(2), QStringLiteral("read E-KEYCHAIN"));
    QVERIFY(QDir(home.path()).entryList(QDir::Files).isEmpty());
}

// Child mode of lockedKeychainIsAClearError: one keychain operation, its outcome on stdout.
static int keychainChild(QCoreApplication& app, const QByteArray& operation)
{
    TokenStore store;
    store.setServiceName(QStringLiteral("AccountManagerTest-faults"));
    const QUrl server(QStringLiteral("https://127.0.0.1:1"));
    const auto report = [&](const ApiError& error) {
        printf("%s %s %s\n", operation.constData(), qPrintable(error.wireName()), qPrintable(error.detail));
        app.quit();
    };
    if (operation == "write")
        store.write(server, 7, QStringLiteral("refresh-token-value"), &app, report);
    else
        store.read(server, 7, &app, [&](const QString&, const ApiError& error) { report(error); });
    return app.exec();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && qstrcmp(argv[1], "-child-keychain") == 0)
        return keychainChild(app, argv[2]);
    TestAccountApiFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountapi_faults.moc"
