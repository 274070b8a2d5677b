// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"

#include <QTemporaryDir>
#include <QTest>

// `account-ctl language [LANG]` against a real server and the real keychain: shows the signed-in
// account's language (text and --json), sets it, and the next code the server sends is in it;
// a language the server does not write is a usage error that sends nothing.
class TestCliLanguage : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsAndSets();
    void refusesOtherLanguages();
    void needsSignIn();
};

namespace {
const TestAccount kOlga { QStringLiteral("olga.language@example.com"),
                          {},
                          QStringLiteral("Olga2026language") };
} // namespace

void TestCliLanguage::init()
{
    startSignedIn(kOlga);
}

void TestCliLanguage::cleanup()
{
    logoutAndStop({ kOlga.password }, { kOlga.email });
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
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_server->latestMessage(kOlga.email, QStringLiteral("password-change")).isEmpty(), 20000);
    m_ctl->finish(); // stdin closed at the code's prompt: the command ends there
    const QJsonObject message = m_server->latestMessage(kOlga.email, QStringLiteral("password-change"));
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
