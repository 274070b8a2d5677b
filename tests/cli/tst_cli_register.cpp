// SPDX-License-Identifier: Apache-2.0
#include "CtlProcess.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "validation/EmailAddress.h"

#include <QTemporaryDir>
#include <QTest>

// `account-ctl register` through its prompts, answered the way a script would pipe them, with the
// captcha answer and the codes read from the server's outbox.
class TestCliRegister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerByEmail();
    void resendOnEmptyLine();

private:
    bool start(const QStringList& serverArgs);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<TestRegistration> m_registration;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<CtlProcess> m_ctl;
};

namespace {
const QString kEmail = QStringLiteral("zoe@example.com");
const QByteArray kPassword = "Zoe2026secure";
} // namespace

void TestCliRegister::init()
{
    m_config = std::make_unique<QTemporaryDir>();
}

void TestCliRegister::cleanup()
{
    if (m_ctl) {
        m_ctl->run({ QStringLiteral("logout") });
        QVERIFY(!m_ctl->everything().contains(kPassword));
        QVERIFY(!m_ctl->everything().contains(kEmail.toUtf8()));
    }
    m_ctl.reset();
    m_registration.reset();
    m_client.reset();
    m_server.reset();
    m_config.reset();
}

bool TestCliRegister::start(const QStringList& serverArgs)
{
    m_server = std::make_unique<TestServer>();
    if (!m_server->start(serverArgs)) {
        qWarning("%s", qPrintable(m_server->errorString()));
        return false;
    }
    m_client = std::make_unique<TestClient>(m_server->url());
    m_registration = std::make_unique<TestRegistration>(m_server.get(), m_client.get());
    m_ctl = std::make_unique<CtlProcess>(m_config->path());
    m_ctl->setServer(m_server->url(), m_server->caCertificatePath());
    return true;
}

void TestCliRegister::registerByEmail()
{
    QVERIFY(start({}));
    m_ctl->start({ QStringLiteral("register"), QStringLiteral("--email"), kEmail, QStringLiteral("--region"),
                   QStringLiteral("RU"), QStringLiteral("--language"), QStringLiteral("ru") });
    // A wrong captcha first: a new picture is asked for.
    QVERIFY(m_ctl->waitForText("Type the characters from the picture"));
    m_ctl->write("WRONG1\n");
    QVERIFY(m_ctl->waitForText("E-CAPTCHA-WRONG"));
    QVERIFY(!m_ctl->answerCaptcha(*m_server).isEmpty());

    QVERIFY(m_ctl->waitForText("sent by email to " + EmailAddress::mask(kEmail).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code (a new code can be asked for in"));
    // Too early for a new code: the countdown, and the question again.
    m_ctl->write("\n");
    QVERIFY(m_ctl->waitForText("before asking for a new code"));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_registration->lastCode(kEmail);
    QVERIFY(!code.isEmpty());
    // In the language asked for.
    QCOMPARE(m_registration->lastMessage(kEmail).value(QStringLiteral("language")).toString(),
             QStringLiteral("ru"));
    QVERIFY(m_ctl->typeWrongCodeThen(code));

    // A password the policy refuses, then two that differ, then the real one twice.
    QVERIFY(m_ctl->waitForText("New password"));
    m_ctl->write("short\n");
    QVERIFY(m_ctl->waitForText("This password cannot be used"));
    QVERIFY(m_ctl->waitForText("New password"));
    m_ctl->write(kPassword + '\n');
    QVERIFY(m_ctl->waitForText("Repeat the password"));
    m_ctl->write("Other2026secure\n");
    QVERIFY(m_ctl->waitForText("The passwords differ"));
    QVERIFY(m_ctl->typeNewPassword(QString::fromUtf8(kPassword)));
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Account ID: "));
    QVERIFY(!result.err.contains(code.toUtf8()) && !result.out.contains(code.toUtf8()));

    // Signed in like the GUI: whoami finds the new account.
    const auto whoami = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(whoami.exitCode, 0);
    QCOMPARE(whoami.json().value(QStringLiteral("email")).toString(), EmailAddress::mask(kEmail));
    QVERIFY(result.out.contains(
        "Account ID: " + QByteArray::number(whoami.json().value(QStringLiteral("accountId")).toInteger())));
}

void TestCliRegister::resendOnEmptyLine()
{
    QVERIFY(start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("register"), QStringLiteral("--email"), kEmail });
    QVERIFY(!m_ctl->answerCaptcha(*m_server).isEmpty());
    QVERIFY(m_ctl->waitForText("Code (an empty line sends a new one)"));
    m_ctl->write("\n");
    QVERIFY(m_ctl->waitForText("sent by email"));
    QVERIFY(m_ctl->waitForText("Code ("));
    QCOMPARE(m_registration->messageCount(kEmail), 2);
    const QString second = m_registration->lastCode(kEmail);
    QVERIFY(!second.isEmpty());
    m_ctl->write(second.toUtf8() + '\n' + kPassword + '\n' + kPassword + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.json().value(QStringLiteral("accountId")).toInteger() > 0);
}

QTEST_GUILESS_MAIN(TestCliRegister)
#include "tst_cli_register.moc"
