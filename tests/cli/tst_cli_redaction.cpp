// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"
#include "api/AccountApi.h"
#include "diagnostics/Diagnostics.h"
#include "diagnostics/ErrorHistory.h"
#include "logging/Logging.h"
#include "session/Session.h"
#include "session/SessionLogger.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The flows end to end with every am.* debug category on, in this process (AccountApi, Session and
// the keychain: registration, sign-in, password change, recovery, device unbind) and in account-ctl
// (register, login, whoami, devices, password change, diagnose): afterwards no password, code,
// token or unmasked email or phone used in them may appear in any log file, the error history or
// the diagnostics report (text and JSON), nor in anything account-ctl printed.
class TestCliRedaction : public CliTestBase
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inProcessFlows();
    void ctlFlows();
    void nothingSecretAnywhere();

private:
    // Waits for an AccountApi-style callback; false on timeout.
    template<typename Start> bool await(Start start);
    QString codeFor(const QString& destination) const;
    CaptchaAnswer solvedCaptcha();
    void remember(const TokenResponse& tokens);
    bool ctlAnswerCaptcha(CtlProcess& ctl);
    // At account-ctl's code prompt: types the code sent to destination, then the new password twice.
    bool ctlAnswerCodeAndPassword(CtlProcess& ctl, const QByteArray& codePrompt, const QString& destination,
                                  const QString& password);

    QTemporaryDir m_home; // logs of this process, and account-ctl's XDG folders
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    QStringList m_secrets; // passwords, codes, tokens
    QStringList m_addresses; // emails and phones in full, in every form they were typed
    QStringList m_reports; // diagnostics reports, text and JSON
    QByteArray m_ctlOutput;
};

namespace {
const QString kPhone = QStringLiteral("+79031234567");
const QString kPhoneNational = QStringLiteral("9031234567");
const QString kPhonePassword = QStringLiteral("Phone2026first");
const QString kPhoneChanged = QStringLiteral("Phone2026second");
const QString kPhoneRecovered = QStringLiteral("Phone2026third");
const QString kEmail = QStringLiteral("maria.ivanova@example.com");
const QString kEmailPassword = QStringLiteral("Maria2026first");
const QString kEmailChanged = QStringLiteral("Maria2026second");
const QString kWrongPassword = QStringLiteral("Wrong2026guess");
} // namespace

template<typename Start> bool TestCliRedaction::await(Start start)
{
    bool done = false;
    start([&done] { done = true; });
    return QTest::qWaitFor([&done] { return done; }, 30000);
}

QString TestCliRedaction::codeFor(const QString& destination) const
{
    return m_server->latestCode(destination);
}
CaptchaAnswer TestCliRedaction::solvedCaptcha()
{
    CaptchaAnswer answer;
    await([&](auto done) {
        m_api->captcha(this, [&, done](const CaptchaResponse& captcha, const ApiError&) {
            answer.id = captcha.captchaId;
            answer.answer = m_server->captchaAnswer(captcha.captchaId);
            done();
        });
    });
    m_secrets << answer.answer;
    return answer;
}

void TestCliRedaction::remember(const TokenResponse& tokens)
{
    m_secrets << tokens.accessToken << tokens.refreshToken;
}

void TestCliRedaction::initTestCase()
{
    m_server = std::make_unique<TestServer>();
    m_server->setNewDeviceVerification(true); // its codes are secrets too
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    Logging::Options options;
    options.directory = QDir(m_home.path()).filePath(QStringLiteral("logs"));
    options.baseName = QStringLiteral("in-process");
    options.verbose = true; // am.*.debug=true
    options.echoToStderr = false;
    Logging::install(options);
    m_api = std::make_unique<AccountApi>();
    ErrorHistory::follow(m_api.get()); // as account-ctl does: the history must hold no secret either
    m_api->setServerUrl(m_server->url());
    QVERIFY(m_api->addTrustedCaFile(m_server->caCertificatePath()));
    m_settings
        = std::make_unique<AccountSettings>(QDir(m_home.path()).filePath(QStringLiteral("settings.ini")));
    m_tokens = std::make_unique<TokenStore>();
    m_tokens->setServiceName(QStringLiteral("AccountManager-test-redaction"));
    m_session = std::make_unique<Session>(m_api.get(), m_tokens.get(), m_settings.get());
    SessionLogger::attach(m_session.get());
    m_secrets << kPhonePassword << kPhoneChanged << kPhoneRecovered << kEmailPassword << kEmailChanged
              << kWrongPassword;
    m_addresses << kEmail << kPhone << kPhoneNational << QStringLiteral("+7 903 123-45-67")
                << QStringLiteral("903 123-45-67");
}

void TestCliRedaction::cleanupTestCase()
{
    Logging::uninstall();
    m_session.reset();
}

void TestCliRedaction::inProcessFlows()
{
    ErrorHistory::global().clear();
    // Registration by phone.
    StartRegistrationRequest start;
    start.method = QStringLiteral("phone");
    start.phone = kPhone;
    start.region = QStringLiteral("RU");
    start.captcha = solvedCaptcha();
    CodeChallenge challenge;
    QVERIFY(await([&](auto done) {
        m_api->startRegistration(start, this, [&, done](const CodeChallenge& c, const ApiError& e) {
            QVERIFY2(!e, qPrintable(e.reference()));
            challenge = c;
            done();
        });
    }));
    const QString registrationCode = codeFor(kPhone);
    QCOMPARE(registrationCode.size(), 6);
    m_secrets << registrationCode << challenge.id;
    QVERIFY(await([&](auto done) {
        m_api->verifyRegistration(challenge.id, registrationCode, this, [done](const ApiError&) { done(); });
    }));
    TokenResponse tokens;
    QVERIFY(await([&](auto done) {
        m_api->completeRegistration(challenge.id, { kPhonePassword, m_settings->thisDevice() }, this,
                                    [&, done](const TokenResponse& t, const ApiError& e) {
                                        QVERIFY2(!e, qPrintable(e.reference()));
                                        tokens = t;
                                        done();
                                    });
    }));
    remember(tokens);
    QSignalSpy profile(m_session.get(), &Session::profileChanged);
    m_session->begin(tokens);
    QVERIFY(profile.wait(30000));

    // A wrong password and a sign-in (the error goes to the history with its request ID).
    SignInRequest signIn { kPhone, kWrongPassword, m_settings->thisDevice(), std::nullopt, std::nullopt };
    QVERIFY(await([&](auto done) {
        m_api->signIn(signIn, this, [done](const TokenResponse&, const ApiError&) { done(); });
    }));

    // Password change: code to the phone, new password, fresh tokens kept.
    CodeChallenge change;
    QVERIFY(await([&](auto done) {
        m_session->startPasswordChange({}, this, [&, done](const CodeChallenge& c, const ApiError& e) {
            QVERIFY2(!e, qPrintable(e.reference()));
            change = c;
            done();
        });
    }));
    const QString changeCode = codeFor(kPhone);
    m_secrets << changeCode;
    QVERIFY(await([&](auto done) {
        m_session->changePassword(ChangePasswordRequest { change.id, changeCode, kPhoneChanged }, this,
                                  [&, done](const TokenResponse& t, const ApiError& e) {
                                      QVERIFY2(!e, qPrintable(e.reference()));
                                      remember(t);
                                      m_session->replaceTokens(t, [done](const ApiError&) { done(); });
                                  });
    }));

    // A band bound by the operator, unbound with the password.
    const QString band
        = m_server->addDevice(m_session->accountId(), QStringLiteral("band"), QStringLiteral("Band"));
    QVERIFY2(!band.isEmpty(), qPrintable(m_server->errorString()));
    QVERIFY(await([&](auto done) {
        m_session->unbindDevice(band, kPhoneChanged, this, [done](const ApiError& e) {
            QVERIFY2(!e, qPrintable(e.reference()));
            done();
        });
    }));

    // Diagnostics while signed in: the masked profile is in the report.
    Diagnostics diagnostics;
    QSignalSpy finished(&diagnostics, &Diagnostics::finished);
    diagnostics.start(Diagnostics::setupFor(m_session.get(), m_tokens.get(), m_settings.get()));
    QVERIFY(finished.wait(60000));
    const DiagnosticsReport report = diagnostics.report();
    QVERIFY2(report.ok(), qPrintable(report.toText()));
    QCOMPARE(report.accounts.size(), 1);
    QCOMPARE(report.accounts.first().maskedPhone, QStringLiteral("+7 *** ***-45-67"));
    QVERIFY(!report.recentErrors.isEmpty());
    m_reports << report.toText() << QString::fromUtf8(QJsonDocument(report.toJson()).toJson());

    // Recovery (signed out): captcha, code, new password.
    QSignalSpy signedOut(m_session.get(), &Session::signedOut);
    m_session->signOut();
    QVERIFY(signedOut.wait(30000));
    RecoveryStart recovery;
    QVERIFY(await([&](auto done) {
        m_api->startRecovery({ kPhone, {}, solvedCaptcha() }, this,
                             [&, done](const RecoveryStart& r, const ApiError& e) {
                                 QVERIFY2(!e, qPrintable(e.reference()));
                                 recovery = r;
                                 done();
                             });
    }));
    m_secrets << recovery.id;
    const QString recoveryCode = codeFor(kPhone);
    m_secrets << recoveryCode;
    QVERIFY(await([&](auto done) {
        m_api->verifyRecoveryCode(recovery.id, recoveryCode, this, [done](const ApiError&) { done(); });
    }));
    QVERIFY(await([&](auto done) {
        m_api->completeRecovery(recovery.id, { recoveryCode, kPhoneRecovered }, this,
                                [done](const RecoveryResult&, const ApiError& e) {
                                    QVERIFY2(!e, qPrintable(e.reference()));
                                    done();
                                });
    }));

    // A sign-in from a new device: a code by SMS, then the sign-in again with it.
    SignInRequest fromNew { kPhone, kPhoneRecovered,
                            DeviceInfo { QStringLiteral("new-tablet"), QStringLiteral("Tablet"),
                                         QStringLiteral("tablet"), QStringLiteral("Android 14") },
                            std::nullopt, std::nullopt };
    ApiError verification;
    QVERIFY(await([&](auto done) {
        m_api->signIn(fromNew, this, [&, done](const TokenResponse&, const ApiError& e) {
            verification = e;
            done();
        });
    }));
    QCOMPARE(verification.code, ErrorCode::DeviceVerificationRequired);
    const QString deviceCode = codeFor(kPhone);
    m_secrets << deviceCode;
    fromNew.deviceVerification
        = DeviceVerification { verification.challenge.value(QStringLiteral("challengeId")).toString(),
                               deviceCode };
    QVERIFY(await([&](auto done) {
        m_api->signIn(fromNew, this, [&, done](const TokenResponse& t, const ApiError& e) {
            QVERIFY2(!e, qPrintable(e.reference()));
            remember(t);
            done();
        });
    }));
}

bool TestCliRedaction::ctlAnswerCaptcha(CtlProcess& ctl)
{
    const QString answer = ctl.answerCaptcha(*m_server);
    m_secrets << answer;
    return !answer.isEmpty();
}

bool TestCliRedaction::ctlAnswerCodeAndPassword(CtlProcess& ctl, const QByteArray& codePrompt,
                                                const QString& destination, const QString& password)
{
    if (!ctl.waitForText(codePrompt))
        return false;
    const QString code = codeFor(destination);
    m_secrets << code;
    ctl.write(code.toUtf8() + '\n');
    return ctl.typeNewPassword(password) && !code.isEmpty();
}

void TestCliRedaction::ctlFlows()
{
    const QString config = QDir(m_home.path()).filePath(QStringLiteral("ctl-config"));
    CtlProcess ctl(config);
    ctl.setServer(m_server->url(), m_server->caCertificatePath());
    ctl.setEnvironment(QStringLiteral("XDG_DATA_HOME"),
                       QDir(m_home.path()).filePath(QStringLiteral("ctl-data")));
    ctl.setEnvironment(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("am.*.debug=true"));

    ctl.start({ QStringLiteral("register"), QStringLiteral("--email"), kEmail, QStringLiteral("--region"),
                QStringLiteral("RU") });
    QVERIFY(ctlAnswerCaptcha(ctl));
    QVERIFY(ctlAnswerCodeAndPassword(ctl, "Code (", kEmail, kEmailPassword));
    QVERIFY2(ctl.finish().exitCode == 0, ctl.everything().constData());

    QCOMPARE(ctl.run({ QStringLiteral("whoami") }).exitCode, 0);
    QCOMPARE(
        ctl.run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list") }).exitCode, 0);
    // Password change with a code.
    ctl.start({ QStringLiteral("password"), QStringLiteral("change") });
    QVERIFY(ctlAnswerCodeAndPassword(ctl, "Code:", kEmail, kEmailChanged));
    QVERIFY2(ctl.finish().exitCode == 0, ctl.everything().constData());
    // Its refresh token, as the keychain holds it now.
    TokenStore appTokens;
    AccountSettings ctlSettings(config + QStringLiteral("/AccountManager/account-manager.conf"));
    const qint64 ctlAccount = ctlSettings.currentAccount(m_server->url());
    QVERIFY(ctlAccount > 0);
    QVERIFY(await([&](auto done) {
        appTokens.read(m_server->url(), ctlAccount, this, [&, done](const QString& token, const ApiError&) {
            m_secrets << token;
            done();
        });
    }));
    // Unbinding a device with the password on stdin, a wrong one first.
    const QString scale = m_server->addDevice(ctlAccount, QStringLiteral("scale"), QStringLiteral("Scale"));
    QVERIFY2(!scale.isEmpty(), qPrintable(m_server->errorString()));
    const QStringList unbind { QStringLiteral("devices"), QStringLiteral("unbind"), scale,
                               QStringLiteral("--password-stdin") };
    QCOMPARE(ctl.run(unbind, kWrongPassword.toUtf8() + '\n').exitCode, 1);
    QCOMPARE(ctl.run(unbind, kEmailChanged.toUtf8() + '\n').exitCode, 0);
    // A failed sign-in by email, then the diagnosis with the whole report, in both forms.
    CtlProcess other(config + QStringLiteral("-other"));
    other.setServer(m_server->url(), m_server->caCertificatePath());
    other.setEnvironment(QStringLiteral("XDG_DATA_HOME"),
                         QDir(m_home.path()).filePath(QStringLiteral("ctl-data")));
    other.setEnvironment(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("am.*.debug=true"));
    QCOMPARE(other.login(kEmail, kWrongPassword).exitCode, 1);
    m_ctlOutput += other.everything();
    const auto text = ctl.run({ QStringLiteral("diagnose"), QStringLiteral("--report") });
    QVERIFY2(text.exitCode == 0, text.out + text.err);
    QVERIFY(text.out.contains("E-LOGIN-FAILED")); // the failed sign-in is in the recent errors
    const auto json = ctl.run({ QStringLiteral("--json"), QStringLiteral("diagnose") });
    QCOMPARE(json.exitCode, 0);
    m_reports << QString::fromUtf8(text.out) << QString::fromUtf8(json.out);
    QCOMPARE(ctl.run({ QStringLiteral("logout") }).exitCode, 0);
    // Signing in again with the changed password, and out.
    QCOMPARE(ctl.login(kEmail, kEmailChanged).exitCode, 0);
    QCOMPARE(ctl.run({ QStringLiteral("logout") }).exitCode, 0);
    m_ctlOutput += ctl.everything();
}

void TestCliRedaction::nothingSecretAnywhere()
{
    // Every file the two wrote: log files (rotated ones too) and the error histories.
    QStringList files;
    QDirIterator it(m_home.path(), { QStringLiteral("*.log"), QStringLiteral("error-history.json") },
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    QByteArray logs;
    for (const QString& path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        logs += file.readAll();
    }
    // The logs are there and hold the debug lines, or this test would prove nothing.
    QVERIFY2(files.size() >= 3, qPrintable(files.join(QLatin1Char('\n'))));
    QVERIFY(logs.contains(" D am.api: GET /v1/account 200"));
    QVERIFY(logs.contains(" D am.api: POST /v1/sessions/refresh 200"));
    QVERIFY(logs.contains(" D am.api: POST /v1/sessions 200"));
    QVERIFY(logs.contains(" I am.api: POST /v1/sessions 403 E-DEVICE-VERIFICATION-REQUIRED"));
    QVERIFY(logs.contains(" D am.api: POST /v1/account/password 200"));
    QVERIFY(logs.contains(" I am.api: POST /v1/sessions 401 E-LOGIN-FAILED"));
    QVERIFY(logs.contains("am.keychain: write"));
    QVERIFY(logs.contains(" I am.session: signed in, account "));
    QVERIFY(logs.contains(" D am.session: state SignedIn"));
    QVERIFY(logs.contains("\"code\": \"E-LOGIN-FAILED\""));

    QList<QPair<QString, QByteArray>> places { { QStringLiteral("log files"), logs },
                                               { QStringLiteral("account-ctl output"), m_ctlOutput } };
    for (const QString& report : std::as_const(m_reports))
        places.append({ QStringLiteral("diagnostics report"), report.toUtf8() });
    QVERIFY(m_reports.size() == 4);
    for (const auto& [where, bytes] : places) {
        const QString text = QString::fromUtf8(bytes);
        for (const QString& secret : std::as_const(m_secrets)) {
            QVERIFY(!secret.isEmpty());
            // Codes are six digits: only whole numbers count, not digits inside an ID or a time.
            const QRegularExpression pattern(
                QStringLiteral("(?<![0-9A-Za-z])%1(?![0-9A-Za-z])").arg(QRegularExpression::escape(secret)));
            QVERIFY2(
                !pattern.match(text).hasMatch(),
                qPrintable(
                    QStringLiteral("a secret (%1 characters) is in the %2").arg(secret.size()).arg(where)));
        }
        for (const QString& address : std::as_const(m_addresses))
            QVERIFY2(!text.contains(address, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("%1 is in the %2").arg(address, where)));
    }
}

QTEST_GUILESS_MAIN(TestCliRedaction)
#include "tst_cli_redaction.moc"
