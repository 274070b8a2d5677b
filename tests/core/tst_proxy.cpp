// SPDX-License-Identifier: Apache-2.0
// The way out through a proxy (#17): the API client reaches a real account-server through real
// proxies on loopback, a SOCKS5 one with a login (Debian's microsocks) and an HTTP CONNECT one
// (tinyproxy), and says clearly when the proxy refuses.
#include "TestServer.h"
#include "TestWait.h"
#include "api/AccountApi.h"
#include "diagnostics/Diagnostics.h"
#include "network/NetworkProxy.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

ProxySettings manual(ProxySettings::Type type, quint16 port, const QString& user = {})
{
    return { ProxySettings::Mode::Manual, type, QStringLiteral("127.0.0.1"), port, user };
}

bool waitForPort(quint16 port)
{
    return QTest::qWaitFor(
        [port] {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            return socket.waitForConnected(200);
        },
        10000);
}
} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void socks5WithLogin();
    void socks5WrongPasswordIsProxyAuth();
    void httpConnect();
    void proxyDownIsProxyError();
    void noProxyGoesDirect();
    void settingsKeepNoPassword();
    void passwordComesFromTheKeychain();
    void diagnosticsGoTheSameWay();

private:
    HealthResponse health(ApiError* error);
    bool startSocks(const QString& user, const QString& password);
    bool startHttp();

    TestServer m_server;
    std::unique_ptr<AccountApi> m_api;
    QTemporaryDir m_dir;
    QProcess m_proxy;
    quint16 m_proxyPort = 0;
};

void TestProxy::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestProxy::cleanup()
{
    m_proxy.kill();
    m_proxy.waitForFinished();
    m_api.reset();
}

bool TestProxy::startSocks(const QString& user, const QString& password)
{
    m_proxyPort = freePort();
    m_proxy.setProcessChannelMode(QProcess::MergedChannels);
    m_proxy.start(QStringLiteral("microsocks"),
                  { QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_proxyPort), QStringLiteral("-u"), user, QStringLiteral("-P"),
                    password });
    return m_proxy.waitForStarted() && waitForPort(m_proxyPort);
}

bool TestProxy::startHttp()
{
    m_proxyPort = freePort();
    const QString config = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // No ConnectPort line: CONNECT is allowed to any port, the test server's among them.
    file.write(QStringLiteral("Port %1\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 30\nLogLevel Connect\n"
                              "MaxClients 10\n")
                   .arg(m_proxyPort)
                   .toUtf8());
    file.close();
    m_proxy.setProcessChannelMode(QProcess::MergedChannels);
    m_proxy.start(QStringLiteral("tinyproxy"), { QStringLiteral("-d"), QStringLiteral("-c"), config });
    return m_proxy.waitForStarted() && waitForPort(m_proxyPort);
}

void TestProxy::init()
{
    m_api = std::make_unique<AccountApi>();
    m_api->setServerUrl(m_server.url());
    QVERIFY(m_api->addTrustedCaFile(m_server.caCertificatePath()));
}

HealthResponse TestProxy::health(ApiError* error)
{
    HealthResponse result;
    bool done = false;
    m_api->health(this, [&](const HealthResponse& response, const ApiError& failure) {
        result = response;
        *error = failure;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        *error = ApiError(ErrorCode::Timeout, QStringLiteral("test"));
    return result;
}

void TestProxy::socks5WithLogin()
{
    QVERIFY(startSocks(QStringLiteral("anna"), QStringLiteral("proxy-pass-1")));
    ProxySettings settings { ProxySettings::Mode::Manual, ProxySettings::Type::Socks5,
                             QStringLiteral("127.0.0.1"), m_proxyPort, QStringLiteral("anna") };
    NetworkProxy::applyNow(settings, m_api.get(), QStringLiteral("proxy-pass-1"));
    ApiError error;
    QCOMPARE(health(&error).status, QStringLiteral("ok"));
    QVERIFY2(!error, qPrintable(error.wireName() + QLatin1Char(' ') + error.detail));
    QCOMPARE(m_api->proxyDescription(), QStringLiteral("socks5://127.0.0.1:%1, user set").arg(m_proxyPort));
    // The way out was the proxy: with it gone, the same client cannot reach the server.
    m_proxy.kill();
    m_proxy.waitForFinished();
    health(&error);
    QCOMPARE(error.wireName(), QStringLiteral("E-PROXY"));
}

void TestProxy::socks5WrongPasswordIsProxyAuth()
{
    QVERIFY(startSocks(QStringLiteral("anna"), QStringLiteral("proxy-pass-1")));
    NetworkProxy::applyNow(manual(ProxySettings::Type::Socks5, m_proxyPort, QStringLiteral("anna")),
                           m_api.get(), QStringLiteral("wrong"));
    ApiError error;
    health(&error);
    QCOMPARE(error.wireName(), QStringLiteral("E-PROXY-AUTH"));
    QVERIFY(error.userMessage().contains(QStringLiteral("Settings")));
}

void TestProxy::httpConnect()
{
    QVERIFY(startHttp());
    NetworkProxy::applyNow(manual(ProxySettings::Type::Http, m_proxyPort), m_api.get());
    ApiError error;
    QCOMPARE(health(&error).status, QStringLiteral("ok"));
    QVERIFY2(!error, qPrintable(error.wireName() + QLatin1Char(' ') + error.detail));
    // tinyproxy saw the tunnel: the request did not go around it.
    QByteArray log;
    const bool tunnelled = QTest::qWaitFor(
        [&] {
            m_proxy.waitForReadyRead(100);
            log += m_proxy.readAll();
            return log.contains("CONNECT");
        },
        5000);
    QVERIFY2(tunnelled && log.contains(QByteArray::number(m_server.url().port())), log.constData());
}

void TestProxy::proxyDownIsProxyError()
{
    NetworkProxy::applyNow(manual(ProxySettings::Type::Socks5, freePort()), m_api.get());
    ApiError error;
    health(&error);
    QVERIFY2(error.wireName() == QStringLiteral("E-PROXY"),
             qPrintable(error.wireName() + QLatin1Char(' ') + error.detail));
    QVERIFY(!error.detail.isEmpty());
}

void TestProxy::noProxyGoesDirect()
{
    // A proxy set and then switched off is no longer used.
    NetworkProxy::applyNow(manual(ProxySettings::Type::Socks5, freePort()), m_api.get());
    ApiError error;
    health(&error);
    QCOMPARE(error.wireName(), QStringLiteral("E-PROXY"));
    NetworkProxy::applyNow({ ProxySettings::Mode::None }, m_api.get());
    QCOMPARE(health(&error).status, QStringLiteral("ok"));
    QCOMPARE(m_api->proxyDescription(), QStringLiteral("none"));
}

void TestProxy::settingsKeepNoPassword()
{
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    {
        AccountSettings settings(ini);
        QCOMPARE(settings.proxy().mode, ProxySettings::Mode::System); // the default
        settings.setProxy({ ProxySettings::Mode::Manual, ProxySettings::Type::Http,
                            QStringLiteral("proxy.example"), 3128, QStringLiteral("anna") });
        settings.raw().sync();
    }
    AccountSettings again(ini);
    const ProxySettings proxy = again.proxy();
    QCOMPARE(proxy.mode, ProxySettings::Mode::Manual);
    QCOMPARE(proxy.type, ProxySettings::Type::Http);
    QCOMPARE(proxy.host, QStringLiteral("proxy.example"));
    QCOMPARE(proxy.port, quint16(3128));
    QCOMPARE(proxy.user, QStringLiteral("anna"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().toLower().contains("password"));
}

void TestProxy::passwordComesFromTheKeychain()
{
    QVERIFY(startSocks(QStringLiteral("anna"), QStringLiteral("kept-in-keychain")));
    TokenStore keychain;
    keychain.setServiceName(QStringLiteral("AccountManagerTest-proxy"));
    bool written = false;
    ApiError writeError;
    keychain.writeProxyPassword(QStringLiteral("127.0.0.1"), m_proxyPort, QStringLiteral("kept-in-keychain"),
                                this, [&](const ApiError& error) {
                                    writeError = error;
                                    written = true;
                                });
    QVERIFY(QTest::qWaitFor([&] { return written; }, 10000));
    QVERIFY2(!writeError, qPrintable(writeError.wireName()));

    const ProxySettings settings { ProxySettings::Mode::Manual, ProxySettings::Type::Socks5,
                                   QStringLiteral("127.0.0.1"), m_proxyPort, QStringLiteral("anna") };
    bool applied = false;
    NetworkProxy::apply(settings, &keychain, m_api.get(), this, [&](const ApiError& error) {
        QVERIFY(!error);
        applied = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return applied; }, 10000));
    ApiError error;
    QCOMPARE(health(&error).status, QStringLiteral("ok"));
    QVERIFY2(!error, qPrintable(error.wireName()));

    bool removed = false;
    keychain.removeProxyPassword(QStringLiteral("127.0.0.1"), m_proxyPort, this,
                                 [&](const ApiError&) { removed = true; });
    QVERIFY(QTest::qWaitFor([&] { return removed; }, 10000));
}

void TestProxy::diagnosticsGoTheSameWay()
{
    QVERIFY(startSocks(QStringLiteral("anna"), QStringLiteral("proxy-pass-1")));
    NetworkProxy::applyNow(manual(ProxySettings::Type::Socks5, m_proxyPort, QStringLiteral("anna")),
                           m_api.get(), QStringLiteral("proxy-pass-1"));
    QTemporaryDir config;
    AccountSettings settings(QDir(config.path()).filePath(QStringLiteral("settings.ini")));
    TokenStore tokens;
    tokens.setServiceName(QStringLiteral("AccountManagerTest-proxy"));
    Session session(m_api.get(), &tokens, &settings);
    auto run = [&] {
        Diagnostics diagnostics;
        QSignalSpy finished(&diagnostics, &Diagnostics::finished);
        diagnostics.start(Diagnostics::setupFor(&session, &tokens, &settings));
        return finished.wait(60000) ? finished.first().first().value<DiagnosticsReport>()
                                    : DiagnosticsReport();
    };
    const DiagnosticsReport through = run();
    QCOMPARE(through.proxy, QStringLiteral("socks5://127.0.0.1:%1, user set").arg(m_proxyPort));
    QVERIFY(through.toText().contains(QStringLiteral("Proxy: socks5://127.0.0.1:")));
    QVERIFY(!through.toText().contains(QStringLiteral("proxy-pass-1")));
    QVERIFY(through.reachable);
    QVERIFY(through.tlsTrusted);
    // The probes took the proxy too: without it, the server is out of reach.
    m_proxy.kill();
    m_proxy.waitForFinished();
    QVERIFY(!run().reachable);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
