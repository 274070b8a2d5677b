// SPDX-License-Identifier: Apache-2.0
#include "CtlProcess.h"
#include "TestServer.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QTemporaryDir>
#include <QTest>

// `account-ctl recover` through its prompts, as a support person walks a customer through a
// forgotten password: the captcha answered from the server's outbox, the code read from it.
class TestCliRecover : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recoverByEmail();
    void recoverByAccountIdChoosesChannel();
    void weakPasswordOnStdin();
    void signsOutEverywhere();

private:
    bool answerCaptcha();
    int login(const QString& login, const QString& password);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<CtlProcess> m_ctl;
    qint64 m_accountId = 0;
};

namespace {
const QString kEmail = QStringLiteral("pavel.recover@example.com");
const QString kPhone = QStringLiteral("+79123450033");
const QString kPassword = QStringLiteral("Pavel2026forgot");
const QString kNewPassword = QStringLiteral("Pavel2027remember");
} // namespace

void TestCliRecover::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_accountId = m_server->addAccount(kEmail, kPhone, QStringLiteral("RU"), kPassword);
    QVERIFY2(m_accountId > 0, qPrintable(m_server->errorString()));
    m_config = std::make_unique<QTemporaryDir>();
    m_ctl = std::make_unique<CtlProcess>(m_config->path());
    m_ctl->setServer(m_server->url(), m_server->caCertificatePath());
}

void TestCliRecover::cleanup()
{
    if (m_ctl) {
        m_ctl->run({ QStringLiteral("logout") });
        const QByteArray all = m_ctl->everything();
        QVERIFY(!all.contains(kPassword.toUtf8()));
        QVERIFY(!all.contains(kNewPassword.toUtf8()));
        QVERIFY(!all.contains(kEmail.toUtf8()));
        QVERIFY(!all.contains(kPhone.toUtf8()));
    }
    m_ctl.reset();
    m_config.reset();
    m_server.reset();
}

bool TestCliRecover::answerCaptcha()
{
    if (!m_ctl->waitForText("Type the characters from the picture"))
        return false;
    QString answer;
    const QList<QJsonObject> entries = m_server->outboxEntries();
    for (const QJsonObject& entry : entries) {
        if (entry.value(QStringLiteral("channel")).toString() == QLatin1String("captcha"))
            answer = m_server->captchaAnswer(entry.value(QStringLiteral("captchaId")).toString());
    }
    m_ctl->write(answer.toUtf8() + '\n');
    return !answer.isEmpty();
}

int TestCliRecover::login(const QString& login, const QString& password)
{
    CtlProcess other(m_config->path() + QStringLiteral("/other"));
    other.setServer(m_server->url(), m_server->caCertificatePath());
    const int status = other
                           .run({ QStringLiteral("login"), login, QStringLiteral("--password-stdin") },
                                password.toUtf8() + '\n')
                           .exitCode;
    other.run({ QStringLiteral("logout") });
    return status;
}

void TestCliRecover::recoverByEmail()
{
    // The email typed gets the code at once: no channel to choose.
    m_ctl->start({ QStringLiteral("recover"), QStringLiteral("Pavel.Recover@example.com") });
    QVERIFY(m_ctl->waitForText("Type the characters from the picture"));
    m_ctl->write("WRONG1\n");
    QVERIFY(m_ctl->waitForText("E-CAPTCHA-WRONG"));
    QVERIFY(answerCaptcha());
    QVERIFY(m_ctl->waitForText("sent by email to " + EmailAddress::mask(kEmail).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kEmail, QStringLiteral("recovery"));
    QCOMPARE(code.size(), 6);
    m_ctl->write((code == QLatin1String("000000") ? "111111" : "000000") + QByteArray("\n"));
    QVERIFY(m_ctl->waitForText("E-CODE-WRONG"));
    QVERIFY(m_ctl->waitForText("Code ("));
    m_ctl->write(code.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("New password"));
    m_ctl->write("short\n");
    QVERIFY(m_ctl->waitForText("This password cannot be used"));
    QVERIFY(m_ctl->waitForText("New password"));
    m_ctl->write(kNewPassword.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Repeat the password"));
    m_ctl->write(kNewPassword.toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Password changed."));
    QVERIFY(result.out.contains("Account ID: " + QByteArray::number(m_accountId)));
    QVERIFY(!result.out.contains(code.toUtf8()) && !result.err.contains(code.toUtf8()));

    QCOMPARE(login(kEmail, kPassword), 1);
    QCOMPARE(login(kEmail, kNewPassword), 0);
}

void TestCliRecover::recoverByAccountIdChoosesChannel()
{
    // An account ID with both bound: the person picks where the code goes. The new password comes
    // first on stdin, as a script gives it.
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("recover"), QString::number(m_accountId),
                   QStringLiteral("--password-stdin") });
    m_ctl->write(kNewPassword.toUtf8() + '\n');
    QVERIFY(answerCaptcha());
    QVERIFY(m_ctl->waitForText("Send the code to "));
    QVERIFY(m_ctl->waitForText(PhoneNumbers::mask(kPhone).toUtf8()));
    QVERIFY(m_ctl->waitForText("Answer email or phone:"));
    m_ctl->write("phone\n");
    QVERIFY(m_ctl->waitForText("sent by SMS to " + PhoneNumbers::mask(kPhone).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kPhone, QStringLiteral("recovery"));
    QCOMPARE(code.size(), 6);
    QCOMPARE(m_server->messageCount(kEmail, QStringLiteral("recovery")), 0);
    m_ctl->write(code.toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("passwordChanged")].toBool(), true);
    QCOMPARE(result.json()[QStringLiteral("accountId")].toInteger(), m_accountId);
    QCOMPARE(login(kPhone, kNewPassword), 0);
}

void TestCliRecover::weakPasswordOnStdin()
{
    // Refused before anything is sent: no captcha fetched, no code.
    const auto result = m_ctl->run(
        { QStringLiteral("--json"), QStringLiteral("recover"), kEmail, QStringLiteral("--password-stdin") },
        "password\n");
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-USAGE"));
    QCOMPARE(m_server->messageCount(kEmail), 0);
    const auto noLogin = m_ctl->run({ QStringLiteral("recover") });
    QCOMPARE(noLogin.exitCode, 2);
    // stdin ends at the captcha: a usage error, nothing changed.
    const auto ended = m_ctl->run({ QStringLiteral("recover"), kEmail });
    QCOMPARE(ended.exitCode, 2);
    QCOMPARE(login(kEmail, kPassword), 0);
}

void TestCliRecover::signsOutEverywhere()
{
    QCOMPARE(m_ctl
                 ->run({ QStringLiteral("login"), kEmail, QStringLiteral("--password-stdin") },
                       kPassword.toUtf8() + '\n')
                 .exitCode,
             0);
    m_ctl->start({ QStringLiteral("recover"), kPhone, QStringLiteral("--password-stdin") });
    m_ctl->write(kNewPassword.toUtf8() + '\n');
    QVERIFY(answerCaptcha());
    QVERIFY(m_ctl->waitForText("Code ("));
    m_ctl->write(m_server->latestCode(kPhone, QStringLiteral("recovery")).toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The session this computer had ended with the recovery.
    const auto whoami = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(whoami.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliRecover)
#include "tst_cli_recover.moc"
