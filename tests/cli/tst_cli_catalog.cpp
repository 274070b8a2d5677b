// SPDX-License-Identifier: Apache-2.0
#include "CtlProcess.h"
#include "protocol/ErrorCode.h"

#include <QTemporaryDir>
#include <QTest>

// account-ctl without a server: help, version, usage errors, explain and the error catalog.
class TestCliCatalog : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommandsAndExitCodes();
    void version();
    void usageErrors_data();
    void usageErrors();
    void explainText();
    void explainJson();
    void explainUnknownCode();
    void errorsMarkdownCoversTheCatalog();

private:
    QTemporaryDir m_config;
};

void TestCliCatalog::helpListsCommandsAndExitCodes()
{
    CtlProcess ctl(m_config.path());
    const auto result = ctl.run({ QStringLiteral("--help") });
    QCOMPARE(result.exitCode, 0);
    for (const char* text :
         { "login LOGIN", "logout", "whoami", "register --email", "diagnose", "explain E-CODE",
           "--password-stdin", "--json", "--ca-file", "Exit codes:", "4  keychain problem" })
        QVERIFY2(result.out.contains(text), text);
    // Maintenance only.
    QVERIFY(!result.out.contains("errors [--markdown]"));
}

void TestCliCatalog::version()
{
    CtlProcess ctl(m_config.path());
    const auto result = ctl.run({ QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("account-ctl " ACCOUNT_MANAGER_VERSION));
}

void TestCliCatalog::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("whoami"), QStringLiteral("--nope") };
    QTest::newRow("http server") << QStringList { QStringLiteral("--server"),
                                                  QStringLiteral("http://127.0.0.1:1"),
                                                  QStringLiteral("whoami") };
    QTest::newRow("login without LOGIN") << QStringList { QStringLiteral("login") };
    QTest::newRow("login not a login") << QStringList { QStringLiteral("login"), QStringLiteral("anna") };
    QTest::newRow("register both") << QStringList { QStringLiteral("register"), QStringLiteral("--email"),
                                                    QStringLiteral("a@example.com"),
                                                    QStringLiteral("--phone"),
                                                    QStringLiteral("+79123456789") };
    QTest::newRow("register phone without region")
        << QStringList { QStringLiteral("register"), QStringLiteral("--phone"),
                         QStringLiteral("89123456789") };
    QTest::newRow("missing CA file") << QStringList { QStringLiteral("--ca-file"),
                                                      QStringLiteral("/nonexistent.pem"),
                                                      QStringLiteral("whoami") };
}

void TestCliCatalog::usageErrors()
{
    QFETCH(QStringList, args);
    CtlProcess ctl(m_config.path());
    const auto text = ctl.run(args);
    QCOMPARE(text.exitCode, 2);
    QVERIFY(text.out.isEmpty());
    QVERIFY(text.err.startsWith("account-ctl: "));

    const auto json = ctl.run(QStringList { QStringLiteral("--json") } + args);
    QCOMPARE(json.exitCode, 2);
    const QJsonObject error = json.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("E-USAGE"));
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
}

void TestCliCatalog::explainText()
{
    CtlProcess ctl(m_config.path());
    const auto result = ctl.run({ QStringLiteral("explain"), QStringLiteral("E-LOGIN-LOCKED") });
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.contains(ErrorCatalog::userMessage(ErrorCode::LoginLocked)));
    QVERIFY(out.contains(ErrorCatalog::supportNote(ErrorCode::LoginLocked)));
    QVERIFY(out.contains(QStringLiteral("423")));
    // Retyped from a screenshot: lower case, without the prefix.
    const auto loose = ctl.run({ QStringLiteral("explain"), QStringLiteral("login-locked") });
    QCOMPARE(loose.exitCode, 0);
    QCOMPARE(loose.out, result.out);
}

void TestCliCatalog::explainJson()
{
    CtlProcess ctl(m_config.path());
    const auto result
        = ctl.run({ QStringLiteral("--json"), QStringLiteral("explain"), QStringLiteral("E-TLS-UNTRUSTED") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("E-TLS-UNTRUSTED"));
    QVERIFY(json.value(QStringLiteral("httpStatus")).isNull());
    QCOMPARE(json.value(QStringLiteral("message")).toString(),
             ErrorCatalog::userMessage(ErrorCode::TlsUntrusted));
    QCOMPARE(json.value(QStringLiteral("supportNote")).toString(),
             ErrorCatalog::supportNote(ErrorCode::TlsUntrusted));
}

void TestCliCatalog::explainUnknownCode()
{
    CtlProcess ctl(m_config.path());
    const auto result = ctl.run({ QStringLiteral("explain"), QStringLiteral("E-NO-SUCH-THING") });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("Unknown error code"));
}

void TestCliCatalog::errorsMarkdownCoversTheCatalog()
{
    CtlProcess ctl(m_config.path());
    const auto result = ctl.run({ QStringLiteral("errors"), QStringLiteral("--markdown") });
    QCOMPARE(result.exitCode, 0);
    const QString markdown = QString::fromUtf8(result.out);
    for (const ErrorCodeInfo* info = ErrorCatalog::begin(); info != ErrorCatalog::end(); ++info) {
        if (info->code == ErrorCode::None)
            continue;
        const QString row
            = QStringLiteral("| `%1` | %2 |")
                  .arg(QString::fromLatin1(info->wireName),
                       info->httpStatus ? QString::number(info->httpStatus) : QStringLiteral("—"));
        QVERIFY2(markdown.contains(row), qPrintable(row));
    }
}

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
