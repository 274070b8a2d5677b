// SPDX-License-Identifier: Apache-2.0
#include "CtlProcess.h"
#include "protocol/ErrorCode.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// account-ctl without a server: help, version, usage errors, explain and the error catalog.
class TestCliCatalog : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommandsAndExitCodes();
    void manPageNamesEveryCommand();
    void commandHelpListsTheOptionsItsParserTakes_data();
    void commandHelpListsTheOptionsItsParserTakes();
    void version();
    void usageErrors_data();
    void usageErrors();
    void explainText();
    void explainJson();
    void explainUnknownCode();
    void errorsMarkdownCoversTheCatalog();

private:
    // The names of the commands in the "Commands:" of help ("two-step enable").
    static QStringList commandNames(const QByteArray& help);
    // The options of a QCommandLineParser help's "Options:": "--region" -> "region" (with its
    // value name, "REGION", or empty for a switch); "-h, --help" -> "help".
    static QMap<QString, QString> parserOptions(const QByteArray& help);

    QTemporaryDir m_config;
};

QStringList TestCliCatalog::commandNames(const QByteArray& help)
{
    // The synopses: "  two-step enable [--password-stdin]" -> "two-step enable".
    QStringList names;
    const QString text = QString::fromUtf8(help);
    const QString commands = text.mid(text.indexOf(QLatin1String("Commands:")));
    static const QRegularExpression synopsis(QStringLiteral("^  ([a-z][a-z-]*(?: [a-z][a-z-]*)*)(?: |$)"),
                                             QRegularExpression::MultilineOption);
    for (auto it = synopsis.globalMatch(commands); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

QMap<QString, QString> TestCliCatalog::parserOptions(const QByteArray& help)
{
    QMap<QString, QString> options;
    const QString text = QString::fromUtf8(help);
    const QString section
        = text.mid(text.indexOf(QLatin1String("\nOptions:\n")) + 1).section(QLatin1String("\n\n"), 0, 0);
    static const QRegularExpression option(QStringLiteral("^  (?:-[a-z], )?--([a-z-]+)(?: <([^>]+)>)?"),
                                           QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(section); it.hasNext();) {
        const auto match = it.next();
        options.insert(match.captured(1), match.captured(2));
    }
    return options;
}

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

void TestCliCatalog::manPageNamesEveryCommand()
{
    CtlProcess ctl(m_config.path());
    const auto help = ctl.run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    const QStringList names = commandNames(help.out);
    QVERIFY2(names.size() >= 16, qPrintable(names.join(QLatin1Char(','))));
    for (const char* expected : { "recover", "contact email", "contact phone", "delete", "signout",
                                  "two-step enable", "two-step disable", "two-step status", "language" })
        QVERIFY2(names.contains(QLatin1String(expected)), expected);

    QFile page(QStringLiteral(ACCOUNT_CTL_MAN_PAGE));
    QVERIFY(page.open(QIODevice::ReadOnly));
    // troff to plain words: "\-" is a hyphen, fonts switch with \fB, \fI, \fR.
    QString man = QString::fromUtf8(page.readAll());
    man.replace(QLatin1String("\\-"), QLatin1String("-"));
    man.remove(QRegularExpression(QStringLiteral("\\\\f[BIR]")));
    for (const QString& name : std::as_const(names)) {
        // An entry of the COMMANDS list: ".TP", then its synopsis (generated: a text line in bold).
        const QRegularExpression entry(QStringLiteral("^\\.TP\n(?:\\.(?:B|BI|BR) +\"?)?%1(?: |\"|$)")
                                           .arg(QRegularExpression::escape(name)),
                                       QRegularExpression::MultilineOption);
        QVERIFY2(entry.match(man).hasMatch(), qPrintable(name + QStringLiteral(" is not in account-ctl.1")));
    }
}

void TestCliCatalog::commandHelpListsTheOptionsItsParserTakes_data()
{
    QTest::addColumn<QString>("command");
    CtlProcess ctl(m_config.path());
    const auto help = ctl.run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    // Every command of --help, and the maintenance one it leaves out.
    for (const QString& name : commandNames(help.out) + QStringList { QStringLiteral("errors") })
        QTest::newRow(qPrintable(name)) << name;
}

// A command's options are one table: the parser is filled from it and the synopsis is made from it.
// So `COMMAND --help` names in its synopsis exactly the options its parser lists (less the global
// ones), and the parser takes each of them.
void TestCliCatalog::commandHelpListsTheOptionsItsParserTakes()
{
    QFETCH(QString, command);
    CtlProcess ctl(m_config.path());
    const auto top = ctl.run({ QStringLiteral("--help") });
    QCOMPARE(top.exitCode, 0);
    const QStringList words = command.split(QLatin1Char(' '));
    const auto help = ctl.run(words + QStringList { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);

    QMap<QString, QString> own = parserOptions(help.out);
    const QMap<QString, QString> global = parserOptions(top.out);
    QVERIFY(global.contains(QStringLiteral("server")) && global.contains(QStringLiteral("json")));
    for (auto it = global.cbegin(); it != global.cend(); ++it) {
        QVERIFY2(own.contains(it.key()), qPrintable(it.key()));
        own.remove(it.key());
    }

    // "  account-ctl export --output FILE [--force] [--password-stdin]"
    const QString text = QString::fromUtf8(help.out);
    const QRegularExpression synopsisLine(
        QStringLiteral("^  account-ctl %1(?: (.*))?$").arg(QRegularExpression::escape(command)),
        QRegularExpression::MultilineOption);
    const auto synopsis = synopsisLine.match(text);
    QVERIFY2(synopsis.hasMatch(), help.out.constData());
    QStringList named;
    static const QRegularExpression optionName(QStringLiteral("--([a-z-]+)"));
    for (auto it = optionName.globalMatch(synopsis.captured(1)); it.hasNext();)
        named.append(it.next().captured(1));
    QStringList listed = own.keys();
    named.sort();
    QCOMPARE(named, listed);

    for (auto it = own.cbegin(); it != own.cend(); ++it) {
        QStringList args = words + QStringList { QStringLiteral("--") + it.key() };
        if (!it.value().isEmpty())
            args.append(QStringLiteral("x"));
        const auto taken = ctl.run(args + QStringList { QStringLiteral("--help") });
        QVERIFY2(taken.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char(' ') + taken.err));
    }
    const auto unknown = ctl.run(words + QStringList { QStringLiteral("--no-such-option") });
    QCOMPARE(unknown.exitCode, 2);
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
    QTest::newRow("recover without LOGIN") << QStringList { QStringLiteral("recover") };
    QTest::newRow("recover bad via") << QStringList { QStringLiteral("recover"),
                                                      QStringLiteral("a@example.com"),
                                                      QStringLiteral("--via"), QStringLiteral("fax") };
    QTest::newRow("contact alone") << QStringList { QStringLiteral("contact") };
    QTest::newRow("contact email invalid")
        << QStringList { QStringLiteral("contact"), QStringLiteral("email"), QStringLiteral("nobody") };
    QTest::newRow("contact phone national without region")
        << QStringList { QStringLiteral("contact"), QStringLiteral("phone"), QStringLiteral("89123456789") };
    QTest::newRow("password change bad via")
        << QStringList { QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--via"),
                         QStringLiteral("fax") };
    QTest::newRow("export without --output") << QStringList { QStringLiteral("export") };
    QTest::newRow("delete bad via") << QStringList { QStringLiteral("delete"), QStringLiteral("--via"),
                                                     QStringLiteral("fax") };
    QTest::newRow("two-step alone") << QStringList { QStringLiteral("two-step") };
    QTest::newRow("signout with an argument")
        << QStringList { QStringLiteral("signout"), QStringLiteral("now") };
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
