// SPDX-License-Identifier: Apache-2.0
#include "TestServer.h"
#include "api/AccountApi.h"

#include <QFile>
#include <QNetworkReply>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

// The core client against a real account-server over TLS, and against servers that misbehave.
class TestAccountApi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void health();
    void signInAndProfile();
    void wrongPasswordCarriesRequestId();
    void refreshRotatesAndDetectsReuse();
    void untrustedCertificate();
    void noExtraCaMeansUntrusted();
    void serverDown();
    void timeout();
    void abortIsCancelled();
    void garbageIsBadResponse();
    void badCaFile();

private:
    template<typename T>
    std::pair<T, ApiError> wait(const std::function<QNetworkReply*(AccountApi::Callback<T>)>& call);
    SignInRequest signInRequest(const QString& login, const QString& password) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<AccountApi> m_api;
    qint64 m_accountId = 0;
};

static QUrl loopbackUrl(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

template<typename T>
std::pair<T, ApiError>
TestAccountApi::wait(const std::function<QNetworkReply*(AccountApi::Callback<T>)>& call)
{
    std::pair<T, ApiError> result { T {}, ApiError(ErrorCode::Internal) };
    bool done = false;
    call([&](const T& value, const ApiError& error) {
        result = { value, error };
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.second = ApiError(ErrorCode::Timeout, QStringLiteral("test"));
    return result;
}

SignInRequest TestAccountApi::signInRequest(const QString& login, const QString& password) const
{
    SignInRequest request;
    request.login = login;
    request.password = password;
    request.device = DeviceInfo { QStringLiteral("test-device-1"), QStringLiteral("Test laptop"),
                                  QStringLiteral("computer"), QStringLiteral("Debian GNU/Linux 12") };
    return request;
}

void TestAccountApi::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    m_accountId = m_server->addAccount(QStringLiteral("anna@example.com"), QStringLiteral("+79161234567"),
                                       QStringLiteral("RU"), QStringLiteral("Mi2026secure"));
    QVERIFY(m_accountId > 0);
    m_api = std::make_unique<AccountApi>();
    m_api->setServerUrl(m_server->url());
    QVERIFY(m_api->addTrustedCaFile(m_server->caCertificatePath()));
}

void TestAccountApi::cleanup()
{
    m_api.reset();
    m_server.reset();
}

void TestAccountApi::health()
{
    const auto [health, error] = wait<HealthResponse>([&](auto cb) { return m_api->health(this, cb); });
    QVERIFY2(!error, qPrintable(error.wireName() + QLatin1Char(' ') + error.detail));
    QCOMPARE(health.status, QStringLiteral("ok"));
    QCOMPARE(health.version, QStringLiteral(ACCOUNT_MANAGER_VERSION));
    QVERIFY(qAbs(health.time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestAccountApi::signInAndProfile()
{
    for (const QString& login : { QStringLiteral("anna@example.com"), QStringLiteral("+79161234567"),
                                  QString::number(m_accountId) }) {
        const auto [tokens, error] = wait<TokenResponse>([&](auto cb) {
            return m_api->signIn(signInRequest(login, QStringLiteral("Mi2026secure")), this, cb);
        });
        QVERIFY2(!error, qPrintable(login + QLatin1Char(' ') + error.wireName()));
        QCOMPARE(tokens.accountId, m_accountId);
        QVERIFY(tokens.expiresIn > 0);
        QVERIFY(tokens.accessToken != tokens.refreshToken);

        const auto [profile, profileError]
            = wait<AccountProfile>([&](auto cb) { return m_api->account(tokens.accessToken, this, cb); });
        QVERIFY(!profileError);
        QCOMPARE(profile.accountId, m_accountId);
        QCOMPARE(profile.email, QStringLiteral("anna@example.com"));
        QCOMPARE(profile.phone, QStringLiteral("+79161234567"));
        QCOMPARE(profile.region, QStringLiteral("RU"));
    }
}

void TestAccountApi::wrongPasswordCarriesRequestId()
{
    const auto [tokens, error] = wait<TokenResponse>([&](auto cb) {
        return m_api->signIn(signInRequest(QStringLiteral("anna@example.com"), QStringLiteral("Wrong2026x")),
                             this, cb);
    });
    QCOMPARE(error.code, ErrorCode::InvalidCredentials);
    QCOMPARE(error.httpStatus, 401);
    QVERIFY(error.requestId.size() >= 16);
    QVERIFY(error.reference().contains(error.requestId));
    QVERIFY(tokens.accessToken.isEmpty());
}

void TestAccountApi::refreshRotatesAndDetectsReuse()
{
    const auto [tokens, error] = wait<TokenResponse>([&](auto cb) {
        return m_api->signIn(
            signInRequest(QStringLiteral("anna@example.com"), QStringLiteral("Mi2026secure")), this, cb);
    });
    QVERIFY(!error);
    const auto [fresh, refreshError]
        = wait<TokenResponse>([&](auto cb) { return m_api->refresh(tokens.refreshToken, this, cb); });
    QVERIFY(!refreshError);
    QVERIFY(fresh.refreshToken != tokens.refreshToken);
    QVERIFY(fresh.accessToken != tokens.accessToken);

    // The old refresh token again: a replay. The whole session ends, the fresh tokens with it.
    const auto [replayed, replayError]
        = wait<TokenResponse>([&](auto cb) { return m_api->refresh(tokens.refreshToken, this, cb); });
    QCOMPARE(replayError.code, ErrorCode::RefreshTokenReused);
    const auto [profile, profileError]
        = wait<AccountProfile>([&](auto cb) { return m_api->account(fresh.accessToken, this, cb); });
    QCOMPARE(profileError.code, ErrorCode::Unauthorized);
    const auto [again, againError]
        = wait<TokenResponse>([&](auto cb) { return m_api->refresh(fresh.refreshToken, this, cb); });
    QVERIFY(againError.code == ErrorCode::RefreshTokenInvalid
            || againError.code == ErrorCode::RefreshTokenReused);
}

void TestAccountApi::untrustedCertificate()
{
    AccountApi other;
    other.setServerUrl(m_server->url());
    QVERIFY(other.addTrustedCaFile(QStringLiteral(TEST_OTHER_PKI_DIR "/ca.crt")));
    const auto [health, error] = wait<HealthResponse>([&](auto cb) { return other.health(this, cb); });
    QCOMPARE(error.code, ErrorCode::TlsUntrusted);
    QVERIFY(!error.detail.isEmpty());
    QVERIFY(health.status.isEmpty());
}

void TestAccountApi::noExtraCaMeansUntrusted()
{
    AccountApi plain;
    plain.setServerUrl(m_server->url());
    const auto [health, error] = wait<HealthResponse>([&](auto cb) { return plain.health(this, cb); });
    QCOMPARE(error.code, ErrorCode::TlsUntrusted);
}

void TestAccountApi::serverDown()
{
    m_server->stop();
    const auto [health, error] = wait<HealthResponse>([&](auto cb) { return m_api->health(this, cb); });
    QCOMPARE(error.code, ErrorCode::ServerUnreachable);
    QVERIFY(!error.userMessage().isEmpty());
}

void TestAccountApi::timeout()
{
    // A server that accepts the connection and then says nothing at all.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    AccountApi api;
    api.setServerUrl(loopbackUrl(silent.serverPort()));
    api.setTransferTimeout(700);
    const auto [health, error] = wait<HealthResponse>([&](auto cb) { return api.health(this, cb); });
    QCOMPARE(error.code, ErrorCode::Timeout);
}

void TestAccountApi::abortIsCancelled()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    AccountApi api;
    api.setServerUrl(loopbackUrl(silent.serverPort()));
    const auto [health, error] = wait<HealthResponse>([&](auto cb) {
        QNetworkReply* reply = api.health(this, cb);
        QTimer::singleShot(100, reply, &QNetworkReply::abort);
        return reply;
    });
    QCOMPARE(error.code, ErrorCode::Cancelled);
}

void TestAccountApi::garbageIsBadResponse()
{
    // A trusted TLS server that answers 200 with something that is not the protocol's JSON.
    QSslServer server;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    QFile cert(QStringLiteral(TEST_PKI_DIR "/server.crt"));
    QFile key(QStringLiteral(TEST_PKI_DIR "/server.key"));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    tls.setLocalCertificate(QSslCertificate(&cert));
    tls.setPrivateKey(QSslKey(&key, QSsl::Ec));
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&server] {
        auto* socket = static_cast<QSslSocket*>(server.nextPendingConnection());
        connect(socket, &QSslSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 21\r\n"
                          "Connection: close\r\n\r\n<html>captive</html>\n");
            socket->disconnectFromHost();
        });
    });
    AccountApi api;
    api.setServerUrl(loopbackUrl(server.serverPort()));
    QVERIFY(api.addTrustedCaFile(QStringLiteral(TEST_PKI_DIR "/ca.crt")));
    const auto [health, error] = wait<HealthResponse>([&](auto cb) { return api.health(this, cb); });
    QCOMPARE(error.code, ErrorCode::BadResponse);
}

void TestAccountApi::badCaFile()
{
    AccountApi api;
    QString message;
    QVERIFY(!api.addTrustedCaFile(QStringLiteral("/nonexistent/ca.crt"), &message));
    QVERIFY(message.contains(QStringLiteral("/nonexistent/ca.crt")));
    QVERIFY(!api.addTrustedCaFile(QStringLiteral(TEST_SOURCE_DIR "/README.md"), &message));
    QVERIFY(!message.isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountApi)
#include "tst_accountapi.moc"
