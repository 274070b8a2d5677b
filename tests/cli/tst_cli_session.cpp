// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// login, whoami and logout through account-ctl against a real server and the real keychain, with
// the app's keychain service and settings file: what the CLI signs in to, the app sees.
class TestCliSession : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loginWhoamiLogout();
    void loginForms_data();
    void loginForms();
    void wrongPasswordJson();
    void captchaAfterThreeFailures();
    void noKeychain();

private:
    std::pair<QString, ApiError> keychainEntry();

    QStringList m_secrets;
};

namespace {
const TestAccount kAnna { QStringLiteral("anna@example.com"), QStringLiteral("+79123456789"),
                          QStringLiteral("Mi2026secure") };
} // namespace

void TestCliSession::init()
{
    startWithAccount(kAnna);
    m_secrets = { kAnna.password };
}

void TestCliSession::cleanup()
{
    // Whatever a test left signed in: the keychain entry goes (the server's port is unique).
    logoutAndStop(m_secrets, { kAnna.email, kAnna.phone });
}

std::pair<QString, ApiError> TestCliSession::keychainEntry()
{
    // The app's own TokenStore (default service name): the entry account-manager would read.
    TokenStore store;
    std::pair<QString, ApiError> result { QString(), ApiError(ErrorCode::Timeout) };
    bool done = false;
    store.read(m_server->url(), m_accountId, this, [&](const QString& token, const ApiError& error) {
        result = { token, error };
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain read did not finish");
    return result;
}

void TestCliSession::loginWhoamiLogout()
{
    const auto login = m_ctl->login(kAnna.email, kAnna.password);
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(login.out.contains("Account ID: " + QByteArray::number(m_accountId)));

    // The app's keychain entry and settings file: account-manager starts signed in.
    const auto [token, error] = keychainEntry();
    QVERIFY2(!error, qPrintable(error.wireName()));
    QVERIFY(!token.isEmpty());
    m_secrets << token;
    QVERIFY(QFile::exists(m_ctl->settingsFile()));
    {
        AccountSettings settings(m_ctl->settingsFile());
        QCOMPARE(settings.currentAccount(m_server->url()), m_accountId);
    }

    const auto whoami = m_ctl->run({ QStringLiteral("whoami") });
    QVERIFY2(whoami.exitCode == 0, whoami.err.constData());
    QVERIFY(whoami.out.contains("Account ID: " + QByteArray::number(m_accountId)));
    QVERIFY(whoami.out.contains("Email: " + EmailAddress::mask(kAnna.email).toUtf8()));
    QVERIFY(whoami.out.contains("Phone: " + PhoneNumbers::mask(kAnna.phone).toUtf8()));
    QVERIFY(whoami.out.contains("Region: RU"));

    const auto json = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = json.json();
    QCOMPARE(object.value(QStringLiteral("accountId")).toInteger(), m_accountId);
    QCOMPARE(object.value(QStringLiteral("email")).toString(), EmailAddress::mask(kAnna.email));
    QCOMPARE(object.value(QStringLiteral("phone")).toString(), PhoneNumbers::mask(kAnna.phone));
    QCOMPARE(object.value(QStringLiteral("region")).toString(), QStringLiteral("RU"));
    m_secrets << keychainEntry().first; // whoami refreshed: the token rotated

    const auto logout = m_ctl->run({ QStringLiteral("logout") });
    QVERIFY2(logout.exitCode == 0, logout.err.constData());
    QCOMPARE(keychainEntry().second.code, ErrorCode::NotSignedIn);

    const auto after = m_ctl->run({ QStringLiteral("whoami") });
    QCOMPARE(after.exitCode, 1);
    QVERIFY(after.err.contains("E-NOT-SIGNED-IN"));
    const auto afterJson = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(afterJson.exitCode, 1);
    QCOMPARE(afterJson.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-NOT-SIGNED-IN"));
    verifyNoSecrets(m_ctl->everything(), m_secrets, { kAnna.email, kAnna.phone });
}

void TestCliSession::loginForms_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("email, any case") << QStringList { QStringLiteral(" Anna@Example.COM ") };
    QTest::newRow("phone E.164") << QStringList { kAnna.phone };
    QTest::newRow("phone national with region")
        << QStringList { QStringLiteral("8 912 345-67-89"), QStringLiteral("--region"),
                         QStringLiteral("RU") };
    QTest::newRow("account ID") << QStringList { QStringLiteral("ACCOUNT_ID") };
}

void TestCliSession::loginForms()
{
    QFETCH(QStringList, args);
    args.replaceInStrings(QStringLiteral("ACCOUNT_ID"), QString::number(m_accountId));
    const auto login = m_ctl->run(
        QStringList { QStringLiteral("--json"), QStringLiteral("login"), QStringLiteral("--password-stdin") }
            + args,
        kAnna.password.toUtf8()); // no line end: `echo -n` works too
    QVERIFY2(login.exitCode == 0, login.out.constData());
    QCOMPARE(login.json().value(QStringLiteral("accountId")).toInteger(), m_accountId);
    m_secrets << keychainEntry().first;
}

void TestCliSession::wrongPasswordJson()
{
    const auto login = m_ctl->login(kAnna.email, QStringLiteral("Wrong2026secure"), CtlProcess::Output::Json);
    QCOMPARE(login.exitCode, 1);
    const QJsonObject error = login.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("E-LOGIN-FAILED"));
    QVERIFY(!error.value(QStringLiteral("requestId")).toString().isEmpty());
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             ErrorCatalog::userMessage(ErrorCode::InvalidCredentials));
    QVERIFY(!login.out.contains("Wrong2026secure"));
    QCOMPARE(keychainEntry().second.code, ErrorCode::NotSignedIn);

    // Text mode: the message and the reference support asks for, on stderr.
    const auto text = m_ctl->run({ QStringLiteral("login"), kAnna.email, QStringLiteral("--password-stdin") },
                                 "Wrong2026secure\n");
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.err.contains("Wrong login or password."));
    QVERIFY(text.err.contains("E-LOGIN-FAILED \xc2\xb7 "));
}

void TestCliSession::captchaAfterThreeFailures()
{
    for (int i = 0; i < 3; ++i) {
        const auto failed
            = m_ctl->run({ QStringLiteral("login"), kAnna.email, QStringLiteral("--password-stdin") },
                         "Wrong2026secure\n");
        QCOMPARE(failed.exitCode, 1);
    }
    QTemporaryDir pictures;
    const QString picture = pictures.filePath(QStringLiteral("captcha.png"));
    m_ctl->start({ QStringLiteral("login"), kAnna.email, QStringLiteral("--password-stdin"),
                   QStringLiteral("--captcha-file"), picture });
    m_ctl->write(kAnna.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Type the characters from the picture"));
    QVERIFY(m_ctl->everything().contains("Captcha picture: " + picture.toUtf8()));
    QFile png(picture);
    QVERIFY(png.open(QIODevice::ReadOnly));
    QVERIFY(png.readAll().startsWith("\x89PNG"));

    const QString answer = m_server->latestCaptchaAnswer();
    QVERIFY(!answer.isEmpty());
    m_ctl->write(answer.toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("E-CAPTCHA-REQUIRED"));
    QVERIFY(result.out.contains("Account ID: " + QByteArray::number(m_accountId)));
    m_secrets << keychainEntry().first;
}

void TestCliSession::noKeychain()
{
    // No Secret Service on this bus: nothing may be kept, and the exit code says it is the keychain.
    m_ctl->setEnvironment(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                          QStringLiteral("unix:path=/nonexistent/bus"));
    const auto login = m_ctl->login(kAnna.email, kAnna.password, CtlProcess::Output::Json);
    QCOMPARE(login.exitCode, 4);
    const QString code = login.json()[QStringLiteral("error")][QStringLiteral("code")].toString();
    QVERIFY2(code == QLatin1String("E-KEYCHAIN-UNAVAILABLE") || code == QLatin1String("E-KEYCHAIN"),
             qPrintable(code));
    {
        AccountSettings settings(m_ctl->settingsFile());
        QCOMPARE(settings.currentAccount(m_server->url()), 0);
    }
    const auto diagnose = m_ctl->run({ QStringLiteral("diagnose") });
    QCOMPARE(diagnose.exitCode, 4);
    QVERIFY(diagnose.out.contains("OK health"));
    QVERIFY(diagnose.out.contains("FAIL keychain"));
    QVERIFY(diagnose.err.contains("Cause: The keychain cannot be used"));
}

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_cli_session.moc"
