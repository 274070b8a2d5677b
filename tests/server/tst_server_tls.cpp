// SPDX-License-Identifier: Apache-2.0
// TLS as Mozilla's "intermediate" profile: every TLS 1.2 suite that OpenSSL can offer is tried
// against the server one at a time (openssl s_client), and only ECDHE key exchange with AEAD
// ciphers may finish a handshake; TLS 1.3 works; every answer carries Strict-Transport-Security.
#include "TestClient.h"
#include "TestServer.h"
#include "TestTls.h"

#include <QProcess>
#include <QtTest>

class TestServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyForwardSecretAeadSuites();
    void tls13Accepted();
    void strictTransportSecurityOnEveryAnswer();

private:
    TestServer m_server;
};

void TestServerTls::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestServerTls::onlyForwardSecretAeadSuites()
{
    QProcess list;
    list.setProcessEnvironment(TestTls::opensslEnvironment());
    list.start(QStringLiteral("openssl"),
               { QStringLiteral("ciphers"), QStringLiteral("-tls1_2"),
                 QStringLiteral("ALL:COMPLEMENTOFALL:@SECLEVEL=0") });
    QVERIFY(list.waitForFinished(10000));
    const QStringList suites
        = QString::fromLatin1(list.readAllStandardOutput()).trimmed().split(QLatin1Char(':'));
    QVERIFY2(suites.size() > 30, "openssl lists too few TLS 1.2 suites to be a real test");
    QStringList accepted;
    for (const QString& suite : suites) {
        if (suite.startsWith(QLatin1String("TLS_")))
            continue; // TLS 1.3 suites, not chosen by -cipher
        if (TestTls::opensslHandshake(m_server.port(),
                                      { QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                                        suite + QStringLiteral(":@SECLEVEL=0") }))
            accepted << suite;
    }
    qInfo("TLS 1.2 suites tried: %lld; accepted: %s", qlonglong(suites.size()),
          qPrintable(accepted.join(u' ')));
    QVERIFY2(!accepted.isEmpty(), "no TLS 1.2 suite was accepted at all");
    for (const QString& suite : accepted) {
        const bool forwardSecret = suite.startsWith(QLatin1String("ECDHE-"));
        const bool aead = suite.contains(QLatin1String("GCM")) || suite.contains(QLatin1String("CHACHA20"));
        QVERIFY2(forwardSecret && aead, qPrintable(suite + QStringLiteral(" must not be accepted")));
    }
    // The intermediate profile's suites for the test certificate's key are all there.
    QVERIFY(accepted.contains(QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")));
    QVERIFY(accepted.contains(QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384")));
    QVERIFY(accepted.contains(QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305")));
}

void TestServerTls::tls13Accepted()
{
    QVERIFY(TestTls::opensslHandshake(m_server.port(), { QStringLiteral("-tls1_3") }));
}

void TestServerTls::strictTransportSecurityOnEveryAnswer()
{
    TestClient client(m_server.url());
    const TestReply ok = client.get(QStringLiteral("/v1/health"));
    const TestReply missing = client.get(QStringLiteral("/v1/no-such-path"));
    const TestReply refused = client.post(QStringLiteral("/v1/sessions"), QJsonObject());
    QCOMPARE(ok.status, 200);
    QCOMPARE(missing.status, 404);
    QVERIFY(refused.status >= 400);
    for (const TestReply& reply : { ok, missing, refused }) {
        QByteArray hsts;
        for (const auto& header : reply.headers) {
            if (header.first.compare("Strict-Transport-Security", Qt::CaseInsensitive) == 0)
                hsts = header.second;
        }
        QVERIFY2(hsts.startsWith("max-age=") && hsts.mid(8).split(';').first().toLongLong() >= 31536000,
                 hsts.constData());
    }
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
