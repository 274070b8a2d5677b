// SPDX-License-Identifier: Apache-2.0
#include "CtlProcess.h"
#include "TestServer.h"

#include <QTemporaryDir>
#include <QTest>

// `account-ctl language [LANG]` against a real server and the real keychain: shows the signed-in
// account's language (text and --json), sets it, and the next code the server sends is in it;
// a language the server does not write is a usage error that sends nothing.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsAndSets();
    void refusesOtherLanguages();
    void needsSignIn();

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<CtlProcess> m_ctl;
    qint64 m_accountId = 0;
};

namespace {
const QString kEmail = QStringLiteral("olga.language@example.com");
const QString kPassword = QStringLiteral("Olga2026language");
} // namespace

void TestCliLanguage::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_accountId = m_server->addAccount(kEmail, {}, QStringLiteral("RU"), kPassword);
    QVERIFY2(m_accountId > 0, qPrintable(m_server->errorString()));
    m_config = std::make_unique<QTemporaryDir>();
    m_ctl = std::make_unique<CtlProcess>(m_config->path());
    m_ctl->setServer(m_server->url(), m_server->caCertificatePath());
    const auto login = m_ctl->run({ QStringLiteral("login"), kEmail, QStringLiteral("--password-stdin") },
                                  kPassword.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliLanguage::cleanup()
{
    if (m_ctl)
        m_ctl->run({ QStringLiteral("logout") });
    m_ctl.reset();
    m_config.reset();
    m_server.reset();
}

void TestCliLanguage::showsAndSets()
{
    const auto shown = m_ctl->run({ QStringLiteral("language") });
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QStringLiteral("account %1 are written in en.").arg(m_accountId).toUtf8()),
             shown.out.constData());

    const auto set
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("language"), QStringLiteral("zh_CN") });
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.json().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(set.json().value(QStringLiteral("accountId")).toInteger(), m_accountId);

    const auto json = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("language") });
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    // The server writes in it: the code of a password change is Chinese.
    m_ctl->start({ QStringLiteral("password"), QStringLiteral("change") });
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->latestMessage(kEmail, QStringLiteral("password-change")).isEmpty(),
                             20000);
    m_ctl->finish(); // stdin closed at the code's prompt: the command ends there
    const QJsonObject message = m_server->latestMessage(kEmail, QStringLiteral("password-change"));
    QCOMPARE(message.value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
    QCOMPARE(message.value(QStringLiteral("subject")).toString(), QStringLiteral("账号管理器：验证码"));
}

void TestCliLanguage::refusesOtherLanguages()
{
    for (const char* language : { "de", "ru_RU", "Russian" }) {
        const auto refused
            = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("language"), QLatin1String(language) });
        QCOMPARE(refused.exitCode, 2);
        const QByteArray said = refused.out + refused.err;
        QVERIFY2(said.contains("en, ru, zh_CN"), said.constData());
    }
    QCOMPARE(m_ctl->run({ QStringLiteral("language"), QStringLiteral("ru"), QStringLiteral("en") }).exitCode,
             2);
    // Nothing was changed.
    const auto shown = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("language") });
    QCOMPARE(shown.json().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestCliLanguage::needsSignIn()
{
    QCOMPARE(m_ctl->run({ QStringLiteral("logout") }).exitCode, 0);
    const auto refused
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("language"), QStringLiteral("ru") });
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-NOT-SIGNED-IN"));
}

QTEST_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
