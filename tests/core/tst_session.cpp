// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "api/AccountApi.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// Session over a real server and the real keychain (Secret Service in scripts/test's D-Bus session).
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void beginStoresTokenAndProfile();
    void restoreAfterRestart();
    void expiredAccessTokenRefreshesOnce();
    void signOutRemovesEverything();
    void restoreAfterRemoteRevocation();
    void callsTogetherShareOneRefresh();
    void twoProcessesShareOneKeychainEntry();

private:
    TokenResponse signIn();
    std::unique_ptr<Session> makeSession();
    // A session begun with tokens, once it has loaded the profile; null when it did not.
    std::unique_ptr<Session> beginSession(const TokenResponse& tokens);
    std::pair<QString, ApiError> keychainRead(qint64 accountId);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AccountSettings> m_settings;
    QTemporaryDir m_dir;
    qint64 m_accountId = 0;
};

void TestSession::init()
{
    m_server = std::make_unique<TestServer>();
    // Access tokens that live one second, so that expiry can be seen in a test.
    QVERIFY(m_server->start({ QStringLiteral("--access-token-ttl"), QStringLiteral("1") }));
    m_accountId = m_server->addAccount(QStringLiteral("anna@example.com"), QString(), QStringLiteral("RU"),
                                       QStringLiteral("Mi2026secure"));
    QVERIFY(m_accountId > 0);
    m_api = std::make_unique<AccountApi>();
    m_api->setServerUrl(m_server->url());
    QVERIFY(m_api->addTrustedCaFile(m_server->caCertificatePath()));
    m_tokens = std::make_unique<TokenStore>();
    m_tokens->setServiceName(QStringLiteral("AccountManagerTest-")
                             + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_settings = std::make_unique<AccountSettings>(
        m_dir.filePath(QUuid::createUuid().toString() + QStringLiteral(".ini")));
}

void TestSession::cleanup()
{
    m_tokens->remove(m_api->serverUrl(), m_accountId, this, [](const ApiError&) {});
    QTest::qWait(50);
    m_settings.reset();
    m_tokens.reset();
    m_api.reset();
    m_server.reset();
}

std::unique_ptr<Session> TestSession::makeSession()
{
    return std::make_unique<Session>(m_api.get(), m_tokens.get(), m_settings.get());
}

std::unique_ptr<Session> TestSession::beginSession(const TokenResponse& tokens)
{
    auto session = makeSession();
    QSignalSpy profile(session.get(), &Session::profileChanged);
    session->begin(tokens);
    return profile.wait(10000) ? std::move(session) : nullptr;
}

TokenResponse TestSession::signIn()
{
    SignInRequest request;
    request.login = QStringLiteral("anna@example.com");
    request.password = QStringLiteral("Mi2026secure");
    request.device = m_settings->thisDevice();
    TokenResponse result;
    bool done = false;
    m_api->signIn(request, this, [&](const TokenResponse& tokens, const ApiError& error) {
        if (!error)
            result = tokens;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        qWarning("sign-in did not finish");
    return result;
}

std::pair<QString, ApiError> TestSession::keychainRead(qint64 accountId)
{
    std::pair<QString, ApiError> result { QString(), ApiError(ErrorCode::Timeout) };
    bool done = false;
    m_tokens->read(m_api->serverUrl(), accountId, this, [&](const QString& token, const ApiError& error) {
        result = { token, error };
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("keychain read did not finish");
    return result;
}

void TestSession::beginStoresTokenAndProfile()
{
    const TokenResponse tokens = signIn();
    QVERIFY(!tokens.refreshToken.isEmpty());
    auto session = makeSession();
    QSignalSpy signedIn(session.get(), &Session::signedIn);
    QSignalSpy profile(session.get(), &Session::profileChanged);
    session->begin(tokens);
    QVERIFY(profile.wait(10000));
    QCOMPARE(signedIn.count(), 1);
    QVERIFY(session->isSignedIn());
    QCOMPARE(session->profile().email, QStringLiteral("anna@example.com"));
    QCOMPARE(keychainRead(m_accountId).first, tokens.refreshToken);
    QCOMPARE(m_settings->currentAccount(m_api->serverUrl()), m_accountId);
    QCOMPARE(m_settings->accounts(m_api->serverUrl()), QList<qint64> { m_accountId });
    // Nothing secret in the settings file.
    m_settings->raw().sync();
    QFile ini(m_settings->raw().fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray content = ini.readAll();
    QVERIFY(!content.contains(tokens.refreshToken.toLatin1()));
    QVERIFY(!content.contains(tokens.accessToken.toLatin1()));
}

void TestSession::restoreAfterRestart()
{
    const TokenResponse tokens = signIn();
    {
        auto first = makeSession();
        QSignalSpy profile(first.get(), &Session::profileChanged);
        first->begin(tokens);
        QVERIFY(profile.wait(10000));
    }
    // A new run of the app: only the settings and the keychain remain.
    auto second = makeSession();
    QSignalSpy profile(second.get(), &Session::profileChanged);
    QSignalSpy failed(second.get(), &Session::failed);
    second->restore(m_settings->currentAccount(m_api->serverUrl()));
    QVERIFY(profile.wait(10000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(second->accountId(), m_accountId);
    QCOMPARE(second->profile().email, QStringLiteral("anna@example.com"));
    // The refresh token rotated and the keychain holds the new one.
    const QString stored = keychainRead(m_accountId).first;
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored != tokens.refreshToken);
}

void TestSession::expiredAccessTokenRefreshesOnce()
{
    auto session = makeSession();
    QSignalSpy profile(session.get(), &Session::profileChanged);
    session->begin(signIn());
    QVERIFY(profile.wait(10000));
    const QString before = keychainRead(m_accountId).first;
    QTest::qWait(1600); // the access token lives one second
    QSignalSpy failed(session.get(), &Session::failed);
    session->refreshProfile();
    QVERIFY(profile.wait(10000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(session->isSignedIn());
    const QString after = keychainRead(m_accountId).first;
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
}

void TestSession::signOutRemovesEverything()
{
    const TokenResponse tokens = signIn();
    auto session = beginSession(tokens);
    QVERIFY(session);
    const QString stored = keychainRead(m_accountId).first;

    QSignalSpy signedOut(session.get(), &Session::signedOut);
    session->signOut();
    QVERIFY(signedOut.wait(10000));
    QVERIFY(!signedOut.first().first().value<ApiError>().isError());
    QVERIFY(!session->isSignedIn());
    QCOMPARE(keychainRead(m_accountId).second.code, ErrorCode::NotSignedIn);
    QCOMPARE(m_settings->currentAccount(m_api->serverUrl()), 0);
    QVERIFY(m_settings->accounts(m_api->serverUrl()).isEmpty());

    // The server ended the session too: the last refresh token is worthless.
    bool done = false;
    ApiError refreshError;
    m_api->refresh(stored, this, [&](const TokenResponse&, const ApiError& error) {
        refreshError = error;
        done = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QVERIFY(refreshError.code == ErrorCode::RefreshTokenInvalid
            || refreshError.code == ErrorCode::RefreshTokenReused);
}

void TestSession::restoreAfterRemoteRevocation()
{
    const TokenResponse tokens = signIn();
    {
        auto first = beginSession(tokens);
        QVERIFY(first);
    }
    // Someone ends the session on the server (here: its own sign-out with the access token).
    bool done = false;
    m_api->signOut(tokens.accessToken, this, [&](const ApiError&) { done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));

    auto second = makeSession();
    QSignalSpy failed(second.get(), &Session::failed);
    second->restore(m_accountId);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<ApiError>().code, ErrorCode::RefreshTokenInvalid);
    QVERIFY(!second->isSignedIn());
    // Nothing useless is left behind.
    QTRY_COMPARE_WITH_TIMEOUT(keychainRead(m_accountId).second.code, ErrorCode::NotSignedIn, 5000);
    QCOMPARE(m_settings->currentAccount(m_api->serverUrl()), 0);
}

void TestSession::callsTogetherShareOneRefresh()
{
    auto session = beginSession(signIn());
    QVERIFY(session);
    QTest::qWait(1600); // the access token lives one second
    // Three requests at once, each finding the access token expired: one refresh serves all three.
    // (Three would send one refresh token three times, and the server would take the second use
    // for theft and end the session.)
    int done = 0;
    QList<ApiError> errors;
    for (int i = 0; i < 3; ++i)
        session->devices(this, [&](const DeviceList&, const ApiError& error) {
            errors << error;
            ++done;
        });
    QVERIFY(QTest::qWaitFor([&] { return done == 3; }, 20000));
    for (const ApiError& error : std::as_const(errors))
        QVERIFY2(!error, qPrintable(error.message));
    QVERIFY(session->isSignedIn());
    QCOMPARE(m_server->log().count("POST /v1/sessions/refresh"), 1);
}

void TestSession::twoProcessesShareOneKeychainEntry()
{
    // The app and account-ctl: two sessions of one account over one keychain entry and one settings
    // file. Each refreshes in turn; each must use the token the other stored, not the one it holds.
    auto app = makeSession();
    QSignalSpy appProfile(app.get(), &Session::profileChanged);
    app->begin(signIn());
    QVERIFY(appProfile.wait(10000));
    auto ctl = makeSession();
    QSignalSpy ctlProfile(ctl.get(), &Session::profileChanged);
    ctl->restore(m_accountId); // exchanges the token the app holds
    QVERIFY(ctlProfile.wait(10000));
    QTest::qWait(1600);
    QSignalSpy appFailed(app.get(), &Session::failed);
    app->refreshProfile(); // the app's token was spent by account-ctl
    QVERIFY(appProfile.wait(10000));
    QCOMPARE(appFailed.count(), 0);
    QVERIFY(app->isSignedIn());
    QSignalSpy ctlFailed(ctl.get(), &Session::failed);
    ctl->refreshProfile(); // and now account-ctl's was spent by the app
    QVERIFY(ctlProfile.wait(10000));
    QCOMPARE(ctlFailed.count(), 0);
    QVERIFY(ctl->isSignedIn());
    QVERIFY(!keychainRead(m_accountId).first.isEmpty());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
