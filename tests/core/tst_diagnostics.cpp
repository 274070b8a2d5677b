// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "api/AccountApi.h"
#include "diagnostics/Diagnostics.h"
#include "diagnostics/ErrorHistory.h"
#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "logging/Redactor.h"
#include "logging/RotatingLogFile.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The support tools of core against real parts: the Redactor, the rotating log file and the
// message handler, the error history, and Diagnostics against a real server (running, stopped,
// with a CA nobody gave) and the real keychain.
class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void redactorMasksAddresses();
    void redactorRemovesSecrets();
    void rotatingLogFileRotates();
    void handlerWritesRedactedLines();
    void errorHistoryPersists();
    void apiErrorsReachTheHistory();
    void allGood();
    void serverStopped();
    void untrustedCertificate();

private:
    DiagnosticsReport run(const QUrl& server, const QString& caFile, ErrorHistory* history);
};

void TestDiagnostics::redactorMasksAddresses()
{
    const QString out = Redactor::redact(
        QStringLiteral("sign-in of anna.karenina@example.com from +79123456789, then +7 912 345-67-89"));
    QVERIFY2(!out.contains(QStringLiteral("anna.karenina")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("a***@example.com")));
    QVERIFY2(!out.contains(QStringLiteral("9123456789")), qPrintable(out));
    QVERIFY2(!out.contains(QStringLiteral("912 345")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("+7 *** ***-67-89")), qPrintable(out));
    // The national form of a Russian number too.
    for (const char* national : { "89031234567", "8 (903) 123-45-67", "7 903 123 45 67" }) {
        const QString masked
            = Redactor::redact(QStringLiteral("login %1 failed").arg(QLatin1String(national)));
        QVERIFY2(!masked.contains(QStringLiteral("903")), qPrintable(masked));
        QVERIFY2(masked.contains(QStringLiteral("***67")), qPrintable(masked));
    }
    // Account IDs (ten digits, no +), request IDs and times stay: support needs them.
    QCOMPARE(Redactor::redact(QStringLiteral("request 7f3a89031234567b8c9d 78031234567890")),
             QStringLiteral("request 7f3a89031234567b8c9d 78031234567890"));
    QCOMPARE(Redactor::redact(QStringLiteral("account 4532921991 at 2026-11-25T11:00:00Z")),
             QStringLiteral("account 4532921991 at 2026-11-25T11:00:00Z"));
    // Redacting twice changes nothing more.
    QCOMPARE(Redactor::redact(out), out);
}

void TestDiagnostics::redactorRemovesSecrets()
{
    const QString json = QStringLiteral(
        R"({"login":"x","password":"Hunter-22a","newPassword":"N3w-Pass-9","code":"123456",)"
        R"("refreshToken":"rt.abc","accessToken":"at.def","captcha":{"id":"c1","answer":"ZK4P"},)"
        R"("error":{"code":"E-CODE-WRONG","requestId":"3f2a"}})");
    const QString out = Redactor::redact(json);
    for (const char* secret : { "Hunter-22a", "N3w-Pass-9", "123456", "rt.abc", "at.def", "ZK4P" })
        QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("\"code\":\"E-CODE-WRONG\"")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("\"requestId\":\"3f2a\"")));
    const QString header = Redactor::redact(QStringLiteral("Authorization: Bearer eyJhbGciOi.x-y_z"));
    QCOMPARE(header, QStringLiteral("Authorization: Bearer ***"));
    const QString query = Redactor::redact(QStringLiteral("GET /confirm?token=s3cr3t&x=1 password=abc"));
    QVERIFY2(!query.contains(QStringLiteral("s3cr3t")) && !query.contains(QStringLiteral("abc")),
             qPrintable(query));
}

void TestDiagnostics::rotatingLogFileRotates()
{
    QTemporaryDir dir;
    RotatingLogFile log(dir.path(), QStringLiteral("app"), 1000, 3);
    const QByteArray line(99, 'x'); // 100 bytes with the line end
    for (int i = 0; i < 45; ++i)
        log.writeLine(line + QByteArray::number(i % 10));
    const QStringList files = log.files();
    QCOMPARE(files.size(), 3); // the current one and two rotated; older ones are gone
    QCOMPARE(files.first(), QDir(dir.path()).filePath(QStringLiteral("app.log")));
    for (const QString& path : files)
        QVERIFY(QFileInfo(path).size() <= 1000);
    QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("app.3.log"))));
    QFile current(files.first());
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().trimmed().endsWith("x4")); // the 45th line is the newest
}

void TestDiagnostics::handlerWritesRedactedLines()
{
    QTemporaryDir dir;
    Logging::Options options;
    options.directory = dir.path();
    options.baseName = QStringLiteral("test");
    options.verbose = true;
    options.echoToStderr = false;
    Logging::install(options);
    qCDebug(lcApi).noquote() << R"(body {"password":"Hunter-22a"} for boris@example.org)";
    qCInfo(lcSession) << "signed in";
    Logging::uninstall();
    QFile file(QDir(dir.path()).filePath(QStringLiteral("test.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(text.contains(" D am.api: body"), text.constData());
    QVERIFY(text.contains(" I am.session: signed in"));
    QVERIFY(!text.contains("Hunter-22a"));
    QVERIFY(!text.contains("boris@"));
    QVERIFY(text.contains("b***@example.org"));
    QLoggingCategory::setFilterRules(QString());
}

void TestDiagnostics::errorHistoryPersists()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("sub/error-history.json"));
    {
        ErrorHistory history(path, 3);
        for (int i = 0; i < 5; ++i) {
            ApiError error(ErrorCode::LoginLocked);
            error.requestId = QStringLiteral("req-%1").arg(i);
            error.httpStatus = 423;
            history.record(error, QStringLiteral("POST"),
                           QStringLiteral("/v1/recoveries/0f3b9c2e-1111-2222-3333-444455556666/verify"));
        }
    }
    ErrorHistory reloaded(path, 3);
    const QList<ErrorRecord> records = reloaded.records();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.first().requestId, QStringLiteral("req-4")); // newest first
    QCOMPARE(records.first().code, QStringLiteral("E-LOGIN-LOCKED"));
    QCOMPARE(records.first().path, QStringLiteral("/v1/recoveries/0f3b9c2e…/verify"));
    QVERIFY(records.first().toText().contains(QStringLiteral("HTTP 423  request req-4")));
    reloaded.clear();
    QVERIFY(ErrorHistory(path).records().isEmpty());
}

void TestDiagnostics::apiErrorsReachTheHistory()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.addAccount(QStringLiteral("vera@example.com"), {}, QStringLiteral("RU"),
                      QStringLiteral("Right-Pass-42"));
    AccountApi api;
    ErrorHistory::follow(&api); // as the app and account-ctl do at start
    api.setServerUrl(server.url());
    QVERIFY(api.addTrustedCaFile(server.caCertificatePath()));
    ErrorHistory::global().clear();
    SignInRequest request;
    request.login = QStringLiteral("vera@example.com");
    request.password = QStringLiteral("Wrong-Pass-42");
    request.device = DeviceInfo { QStringLiteral("dev-1"), QStringLiteral("Test"), QStringLiteral("computer"),
                                  QStringLiteral("Linux") };
    ApiError got;
    bool done = false;
    api.signIn(request, this, [&](const TokenResponse&, const ApiError& error) {
        got = error;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QCOMPARE(got.code, ErrorCode::InvalidCredentials);
    const QList<ErrorRecord> records = ErrorHistory::global().records();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().code, got.wireName());
    QCOMPARE(records.first().requestId, got.requestId);
    QCOMPARE(records.first().path, QStringLiteral("/v1/sessions"));
    // Persisted in the app's data folder, without the password.
    QFile file(ErrorHistory::defaultFile());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(ErrorHistory::defaultFile()));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(got.requestId.toLatin1()));
    QVERIFY(!saved.contains("Wrong-Pass-42"));
}

DiagnosticsReport TestDiagnostics::run(const QUrl& server, const QString& caFile, ErrorHistory* history)
{
    AccountApi api;
    api.setServerUrl(server);
    if (!caFile.isEmpty())
        api.addTrustedCaFile(caFile);
    QTemporaryDir config;
    AccountSettings settings(QDir(config.path()).filePath(QStringLiteral("settings.ini")));
    TokenStore tokens;
    tokens.setServiceName(QStringLiteral("AccountManager-test-diagnostics"));
    Session session(&api, &tokens, &settings);
    Diagnostics diagnostics;
    Diagnostics::Setup setup = Diagnostics::setupFor(&session, &tokens, &settings);
    setup.history = history;
    QSignalSpy checks(&diagnostics, &Diagnostics::checkFinished);
    QSignalSpy finished(&diagnostics, &Diagnostics::finished);
    diagnostics.start(setup);
    // Nothing happens inside start(): the caller's thread is never held up.
    const int checksAtOnce = checks.size();
    if (checksAtOnce != 0 || !finished.isEmpty())
        return {};
    if (!finished.wait(60000))
        return {};
    const DiagnosticsReport report = finished.first().first().value<DiagnosticsReport>();
    if (checks.size() != report.checks.size())
        return {};
    return report;
}

void TestDiagnostics::allGood()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ErrorHistory history;
    ErrorRecord earlier;
    earlier.time = QDateTime::currentDateTimeUtc();
    earlier.code = QStringLiteral("E-LOGIN-LOCKED");
    earlier.requestId = QStringLiteral("feedc0ffee");
    history.record(earlier);
    const DiagnosticsReport report = run(server.url(), server.caCertificatePath(), &history);
    QCOMPARE(report.checks.size(), 6);
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QVERIFY(report.reachable);
    QCOMPARE(report.serverVersion, QStringLiteral(ACCOUNT_MANAGER_VERSION));
    QVERIFY(report.roundTripMs >= 0);
    QVERIFY(report.clockKnown);
    QVERIFY(report.tlsTrusted);
    QVERIFY(report.tlsProtocol.startsWith(QStringLiteral("TLS 1.")));
    QVERIFY(!report.tlsCipher.isEmpty());
    QVERIFY(!report.certificates.isEmpty());
    QCOMPARE(report.certificates.first().issuer, QStringLiteral("Account Manager test CA"));
    QVERIFY(report.certificates.first().expiry > QDateTime::currentDateTimeUtc());
    QVERIFY2(report.keychainWorks, qPrintable(report.keychainProblem));
    QCOMPARE(report.appVersion, QCoreApplication::applicationVersion());
    QCOMPARE(report.qtVersion, QString::fromLatin1(qVersion()));
    QCOMPARE(report.recentErrors.size(), 1);

    const QString text = report.toText();
    QVERIFY(text.contains(QStringLiteral("OK TLS: TLS 1.")));
    QVERIFY(text.contains(QStringLiteral("issuer CN=Account Manager test CA")));
    QVERIFY(text.contains(QStringLiteral("E-LOGIN-LOCKED")));
    QVERIFY(text.contains(QStringLiteral("request feedc0ffee")));
    QVERIFY(text.contains(QStringLiteral("Result: all checks passed")));
    QVERIFY(text.contains(QStringLiteral("Log files: ") + Logging::logDirectory()));
    const QJsonObject json = report.toJson();
    QCOMPARE(json[QStringLiteral("ok")].toBool(), true);
    QCOMPARE(json[QStringLiteral("server")][QStringLiteral("version")].toString(),
             QStringLiteral(ACCOUNT_MANAGER_VERSION));
    QCOMPARE(json[QStringLiteral("tls")][QStringLiteral("trusted")].toBool(), true);
    QCOMPARE(json[QStringLiteral("recentErrors")].toArray().size(), 1);
    QCOMPARE(json[QStringLiteral("checks")].toArray().size(), 6);
}

void TestDiagnostics::serverStopped()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QUrl url = server.url();
    server.stop();
    ErrorHistory history;
    const DiagnosticsReport report = run(url, server.caCertificatePath(), &history);
    QCOMPARE(report.checks.size(), 6);
    QVERIFY(!report.ok());
    QCOMPARE(report.error.code, ErrorCode::ServerUnreachable);
    QVERIFY(!report.reachable);
    QCOMPARE(report.checks.at(1).status, DiagnosticCheck::Status::Fail);
    QCOMPARE(report.checks.at(2).status, DiagnosticCheck::Status::Skip);
    QVERIFY(report.cause.contains(QStringLiteral("unreachable")));
    QVERIFY(report.toText().contains(QStringLiteral("Cause: The server is unreachable")));
    QCOMPARE(report.toJson()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-SERVER-UNREACHABLE"));
}

void TestDiagnostics::untrustedCertificate()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    ErrorHistory history;
    const DiagnosticsReport report
        = run(server.url(), QStringLiteral(TEST_OTHER_PKI_DIR "/ca.crt"), &history);
    QCOMPARE(report.checks.size(), 6);
    QCOMPARE(report.error.code, ErrorCode::TlsUntrusted);
    QVERIFY(report.reachable);
    QVERIFY(!report.tlsTrusted);
    // The chain is there even though it is not trusted, and so is the reason.
    QVERIFY(!report.certificates.isEmpty());
    QCOMPARE(report.certificates.first().issuer, QStringLiteral("Account Manager test CA"));
    QVERIFY(!report.tlsErrors.isEmpty());
    QVERIFY(report.cause.contains(QStringLiteral("not trusted")));
    QCOMPARE(report.checks.at(3).status, DiagnosticCheck::Status::Skip);
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
