// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// `account-ctl diagnose` against a running server, a stopped one, and one whose CA is not given.
class TestCliDiagnose : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void allGood();
    void allGoodJson();
    void serverStopped();
    void wrongCa();
    void badAddress();
};

void TestCliDiagnose::init()
{
    startServer();
}

void TestCliDiagnose::cleanup()
{
    stopServer();
}

void TestCliDiagnose::allGood()
{
    const auto result = m_ctl->run({ QStringLiteral("diagnose") });
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    const QString out = QString::fromUtf8(result.out);
    const QStringList lines = out.split(QLatin1Char('\n'));
    // In order, one line each.
    const QStringList expected { QStringLiteral("OK server URL: ") + m_server->url().toString(),
                                 QStringLiteral("OK TCP: connected to 127.0.0.1"),
                                 QStringLiteral("OK TLS: TLS 1."),
                                 QStringLiteral("OK health: server " ACCOUNT_MANAGER_VERSION ", round trip"),
                                 QStringLiteral("OK keychain: "),
                                 QStringLiteral("OK accounts: none signed in") };
    qsizetype at = 0;
    for (const QString& start : expected) {
        while (at < lines.size() && !lines.at(at).startsWith(start))
            ++at;
        QVERIFY2(at < lines.size(),
                 qPrintable(QStringLiteral("no line \"%1\" in order in:\n%2").arg(start, out)));
    }
    // The chain: the server's certificate, issued by the test CA.
    QVERIFY(out.contains(QStringLiteral("certificate 1: subject CN=")));
    QVERIFY(out.contains(QStringLiteral("issuer CN=Account Manager test CA")));
    QVERIFY(out.contains(QStringLiteral("clock difference")));
    QVERIFY(!out.contains(QStringLiteral("FAIL")));
}

void TestCliDiagnose::allGoodJson()
{
    const auto result = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("diagnose") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
    const QJsonArray checks = json.value(QStringLiteral("checks")).toArray();
    QCOMPARE(checks.size(), 6);
    for (const QJsonValue& check : checks)
        QCOMPARE(check[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(checks.at(3)[QStringLiteral("version")].toString(), QStringLiteral(ACCOUNT_MANAGER_VERSION));
    QVERIFY(!checks.at(2)[QStringLiteral("certificates")].toArray().isEmpty());
    QVERIFY(!json.contains(QStringLiteral("error")));
}

void TestCliDiagnose::serverStopped()
{
    const QUrl url = m_server->url();
    // Whether it exited with 0 is the server tests' business; here it only has to be gone.
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    m_ctl->setServer(url, m_server->caCertificatePath());
    const auto result = m_ctl->run({ QStringLiteral("diagnose") });
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.contains("FAIL TCP: 127.0.0.1:" + QByteArray::number(url.port())));
    QVERIFY(result.out.contains("SKIP TLS"));
    QVERIFY(result.out.contains("OK keychain"));
    QVERIFY(result.err.contains("Cause: The server is unreachable"));

    const auto json = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("diagnose") });
    QCOMPARE(json.exitCode, 3);
    QCOMPARE(json.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-SERVER-UNREACHABLE"));
    QVERIFY(json.json()[QStringLiteral("cause")].toString().contains(QStringLiteral("unreachable")));
}

void TestCliDiagnose::wrongCa()
{
    m_ctl->setServer(m_server->url(), QStringLiteral(TEST_OTHER_PKI_DIR "/ca.crt"));
    const auto result = m_ctl->run({ QStringLiteral("diagnose") });
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.contains("OK TCP"));
    QVERIFY(result.out.contains("FAIL TLS"));
    // The chain the server presented is shown even though it is not trusted.
    QVERIFY(result.out.contains("certificate 1: subject CN="));
    QVERIFY(result.out.contains("SKIP health"));
    QVERIFY(result.err.contains("Cause: The server's certificate is not trusted: "));
    QVERIFY(result.err.contains("pass the CA with --ca-file"));
}

void TestCliDiagnose::badAddress()
{
    m_ctl->setServer(QUrl(QStringLiteral("http://127.0.0.1:1")), {});
    const auto result = m_ctl->run({ QStringLiteral("diagnose") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.startsWith("FAIL server URL: --server needs an https:// address"));
    QVERIFY(result.out.contains("SKIP TCP"));
}

QTEST_GUILESS_MAIN(TestCliDiagnose)
#include "tst_cli_diagnose.moc"
