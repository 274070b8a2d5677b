// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QTemporaryDir>
#include <QTest>

// `account-ctl recover` through its prompts, as a support person walks a customer through a
// forgotten password: the captcha answered from the server's outbox, the code read from it.
class TestCliRecover : public CliTestBase
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
    int login(const QString& login, const QString& password);
};

namespace {
const TestAccount kPavel { QStringLiteral("pavel.recover@example.com"), QStringLiteral("+79123450033"),
                           QStringLiteral("Pavel2026forgot"), QStringLiteral("Pavel2027remember") };
} // namespace

void TestCliRecover::init()
{
    startWithAccount(kPavel);
}

void TestCliRecover::cleanup()
{
    logoutAndStop({ kPavel.password, kPavel.newPassword }, { kPavel.email, kPavel.phone });
}

int TestCliRecover::login(const QString& login, const QString& password)
{
    const auto other = otherComputer();
    const int status = other->login(login, password).exitCode;
    other->run({ QStringLiteral("logout") });
    return status;
}

void TestCliRecover::recoverByEmail()
{
    // The email typed gets the code at once: no channel to choose.
    m_ctl->start({ QStringLiteral("recover"), QStringLiteral("Pavel.Recover@example.com") });
    QVERIFY(m_ctl->waitForText("Type the characters from the picture"));
    m_ctl->write("WRONG1\n");
    QVERIFY(m_ctl->waitForText("E-CAPTCHA-WRONG"));
    QVERIFY(!m_ctl->answerCaptcha(*m_server).isEmpty());
    QVERIFY(m_ctl->waitForText("sent by email to " + EmailAddress::mask(kPavel.email).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kPavel.email, QStringLiteral("recovery"));
    QCOMPARE(code.size(), 6);
    QVERIFY(m_ctl->typeWrongCodeThen(code));
    QVERIFY(m_ctl->waitForText("New password"));
    m_ctl->write("short\n");
    QVERIFY(m_ctl->waitForText("This password cannot be used"));
    QVERIFY(m_ctl->typeNewPassword(kPavel.newPassword));
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Password changed."));
    QVERIFY(result.out.contains("Account ID: " + QByteArray::number(m_accountId)));
    QVERIFY(!result.out.contains(code.toUtf8()) && !result.err.contains(code.toUtf8()));

    QCOMPARE(login(kPavel.email, kPavel.password), 1);
    QCOMPARE(login(kPavel.email, kPavel.newPassword), 0);
}

void TestCliRecover::recoverByAccountIdChoosesChannel()
{
    // An account ID with both bound: the person picks where the code goes. The new password comes
    // first on stdin, as a script gives it.
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("recover"), QString::number(m_accountId),
                   QStringLiteral("--password-stdin") });
    m_ctl->write(kPavel.newPassword.toUtf8() + '\n');
    QVERIFY(!m_ctl->answerCaptcha(*m_server).isEmpty());
    QVERIFY(m_ctl->waitForText("Send the code to "));
    QVERIFY(m_ctl->waitForText(PhoneNumbers::mask(kPavel.phone).toUtf8()));
    QVERIFY(m_ctl->waitForText("Answer email or phone:"));
    m_ctl->write("phone\n");
    QVERIFY(m_ctl->waitForText("sent by SMS to " + PhoneNumbers::mask(kPavel.phone).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kPavel.phone, QStringLiteral("recovery"));
    QCOMPARE(code.size(), 6);
    QCOMPARE(m_server->messageCount(kPavel.email, QStringLiteral("recovery")), 0);
    m_ctl->write(code.toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("passwordChanged")].toBool(), true);
    QCOMPARE(result.json()[QStringLiteral("accountId")].toInteger(), m_accountId);
    QCOMPARE(login(kPavel.phone, kPavel.newPassword), 0);
}

void TestCliRecover::weakPasswordOnStdin()
{
    // Refused before anything is sent: no captcha fetched, no code.
    const auto result = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("recover"), kPavel.email,
                                     QStringLiteral("--password-stdin") },
                                   "password\n");
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-USAGE"));
    QCOMPARE(m_server->messageCount(kPavel.email), 0);
    const auto noLogin = m_ctl->run({ QStringLiteral("recover") });
    QCOMPARE(noLogin.exitCode, 2);
    // stdin ends at the captcha: a usage error, nothing changed.
    const auto ended = m_ctl->run({ QStringLiteral("recover"), kPavel.email });
    QCOMPARE(ended.exitCode, 2);
    QCOMPARE(login(kPavel.email, kPavel.password), 0);
}

void TestCliRecover::signsOutEverywhere()
{
    QCOMPARE(m_ctl->login(kPavel.email, kPavel.password).exitCode, 0);
    m_ctl->start({ QStringLiteral("recover"), kPavel.phone, QStringLiteral("--password-stdin") });
    m_ctl->write(kPavel.newPassword.toUtf8() + '\n');
    QVERIFY(!m_ctl->answerCaptcha(*m_server).isEmpty());
    QVERIFY(m_ctl->waitForText("Code ("));
    m_ctl->write(m_server->latestCode(kPavel.phone, QStringLiteral("recovery")).toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // The session this computer had ended with the recovery.
    const auto whoami = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(whoami.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliRecover)
#include "tst_cli_recover.moc"
