// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"
#include "TestTotp.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// account-ctl's two-step commands against a real server: the codes are what an authenticator app
// shows for the secret the command printed (TestTotp, liboath), or the backup codes it printed.
class TestCliTwoStep : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enableLoginDisable();
    void wrongCodes();
    void recoverAsksForTheCode();
    void deleteAsksForTheCode();

private:
    struct Enabled
    {
        QString secret;
        QStringList backupCodes;
    };
    Enabled enable();
    bool twoStepOn();
    QByteArray logs() const;

    QStringList m_secrets;
};

namespace {
const TestAccount kVera { QStringLiteral("vera.twostep@example.com"),
                          {},
                          QStringLiteral("Vera2026twostep"),
                          QStringLiteral("Vera2027twostep") };

// The code of the next 30-second step: accepted (±1 step), and not the step a previous code used.
QString nextCode(const QString& secret)
{
    return TestTotp::code(secret, QDateTime::currentDateTimeUtc().addSecs(30));
}
} // namespace

void TestCliTwoStep::init()
{
    startWithAccount(kVera);
    if (QTest::currentTestFailed())
        return;
    // Its log files here, with every debug line: none may hold the secret or a code.
    m_ctl->setEnvironment(QStringLiteral("XDG_DATA_HOME"), m_config->filePath(QStringLiteral("data")));
    m_ctl->setEnvironment(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("am.*.debug=true"));
    m_secrets = { kVera.password, kVera.newPassword };
    signIn(kVera.email, kVera.password);
}

void TestCliTwoStep::cleanup()
{
    // The key and the backup codes are output by design (enable shows them once); the logs are
    // checked for them in enableLoginDisable.
    logoutAndStop(m_secrets, { kVera.email });
}

QByteArray TestCliTwoStep::logs() const
{
    QByteArray all;
    QDirIterator it(m_config->filePath(QStringLiteral("data")), { QStringLiteral("*.log") }, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

bool TestCliTwoStep::twoStepOn()
{
    const auto status
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("two-step"), QStringLiteral("status") });
    if (status.exitCode != 0)
        qWarning("two-step status failed: %s %s", status.out.constData(), status.err.constData());
    return status.json()[QStringLiteral("twoStep")].toBool();
}

TestCliTwoStep::Enabled TestCliTwoStep::enable()
{
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("two-step"), QStringLiteral("enable"),
                   QStringLiteral("--password-stdin") });
    m_ctl->write(kVera.password.toUtf8() + '\n');
    if (!m_ctl->waitForText("The 6-digit code the app shows now:"))
        return {};
    // In JSON mode the key is shown beside the prompt, on stderr, in groups of four.
    static const QRegularExpression key(QStringLiteral("Key: ([A-Z2-7 ]+)\n"));
    const QString grouped = key.match(QString::fromUtf8(m_ctl->everything())).captured(1);
    QString secret = grouped;
    secret.remove(QLatin1Char(' '));
    m_ctl->write(TestTotp::code(secret).toUtf8() + '\n');
    const auto result = m_ctl->finish();
    if (result.exitCode != 0) {
        qWarning("two-step enable failed: %s %s", result.out.constData(), result.err.constData());
        return {};
    }
    const QJsonObject json = result.json();
    Enabled enabled;
    enabled.secret = json[QStringLiteral("secret")].toString();
    for (const QJsonValue& code : json[QStringLiteral("backupCodes")].toArray())
        enabled.backupCodes.append(code.toString());
    if (enabled.secret != secret || !grouped.contains(QLatin1Char(' ')))
        qWarning("the key shown (%s) is not the secret in the JSON", qPrintable(grouped));
    if (!json[QStringLiteral("otpauthUri")].toString().startsWith(QLatin1String("otpauth://totp/")))
        qWarning("no otpauth URI");
    if (!json[QStringLiteral("twoStep")].toBool() || !result.err.contains("shown only this once"))
        return {};
    return enabled;
}

void TestCliTwoStep::enableLoginDisable()
{
    QVERIFY(!twoStepOn());
    const Enabled enabled = enable();
    QVERIFY(!enabled.secret.isEmpty());
    QCOMPARE(enabled.backupCodes.size(), 10);
    QCOMPARE(QSet<QString>(enabled.backupCodes.begin(), enabled.backupCodes.end()).size(), 10);
    QVERIFY(twoStepOn());
    const auto text = m_ctl->run({ QStringLiteral("two-step"), QStringLiteral("status") });
    QVERIFY(text.out.contains("Two-step verification is on for account " + QByteArray::number(m_accountId)));
    // On already: the server refuses a second setup.
    const auto again = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("two-step"),
                                    QStringLiteral("enable"), QStringLiteral("--password-stdin") },
                                  kVera.password.toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(errorCode(again), QStringLiteral("E-TWO-STEP-ALREADY-ON"));

    // Sign-in asks for the code after the password.
    QCOMPARE(m_ctl->run({ QStringLiteral("logout") }).exitCode, 0);
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("login"), kVera.email,
                   QStringLiteral("--password-stdin") });
    m_ctl->write(kVera.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Two-step verification is on for this account."));
    QVERIFY(m_ctl->waitForText("Two-step code (from the authenticator app, or a backup code):"));
    m_ctl->write(nextCode(enabled.secret).toUtf8() + '\n');
    const auto login = m_ctl->finish();
    QVERIFY2(login.exitCode == 0, login.out + login.err);
    QCOMPARE(login.json()[QStringLiteral("accountId")].toInteger(), m_accountId);

    // A backup code signs in once, given as a script gives it.
    QCOMPARE(m_ctl->run({ QStringLiteral("logout") }).exitCode, 0);
    const auto backup = m_ctl->run({ QStringLiteral("login"), kVera.email, QStringLiteral("--password-stdin"),
                                     QStringLiteral("--two-step-code"), enabled.backupCodes.at(0) },
                                   kVera.password.toUtf8() + '\n');
    QVERIFY2(backup.exitCode == 0, backup.err.constData());

    // Off with the password and a (backup) code; a wrong code first is asked again.
    const auto disable
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("two-step"), QStringLiteral("disable"),
                       QStringLiteral("--password-stdin") },
                     kVera.password.toUtf8() + "\n000000\n" + enabled.backupCodes.at(1).toUtf8() + '\n');
    QVERIFY2(disable.exitCode == 0, disable.out + disable.err);
    QVERIFY(disable.err.contains("E-CODE-WRONG"));
    QCOMPARE(disable.json()[QStringLiteral("twoStep")].toBool(), false);
    QVERIFY(!twoStepOn());
    const auto off = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("two-step"),
                                  QStringLiteral("disable"), QStringLiteral("--password-stdin"),
                                  QStringLiteral("--two-step-code"), enabled.backupCodes.at(2) },
                                kVera.password.toUtf8() + '\n');
    QCOMPARE(off.exitCode, 1);
    QCOMPARE(errorCode(off), QStringLiteral("E-TWO-STEP-OFF"));

    // The log files saw every request, and none of the secrets.
    const QByteArray logged = logs();
    QVERIFY(logged.contains("/v1/account/two-step"));
    QVERIFY(!logged.contains(enabled.secret.toUtf8()));
    for (const QString& code : enabled.backupCodes)
        QVERIFY2(!logged.contains(code.toUtf8()), "a backup code reached the log");
    for (const QString& secret : std::as_const(m_secrets))
        QVERIFY(!logged.contains(secret.toUtf8()));

    // The password alone signs in again.
    QCOMPARE(m_ctl->run({ QStringLiteral("logout") }).exitCode, 0);
    QCOMPARE(m_ctl->login(kVera.email, kVera.password).exitCode, 0);
}

void TestCliTwoStep::wrongCodes()
{
    const Enabled enabled = enable();
    QVERIFY(!enabled.secret.isEmpty());
    QCOMPARE(m_ctl->run({ QStringLiteral("logout") }).exitCode, 0);
    // A script's wrong code is not retried: the server's answer and exit code 1.
    const QString wrong = nextCode(enabled.secret) == QLatin1String("000000") ? QStringLiteral("111111")
                                                                              : QStringLiteral("000000");
    const auto scripted
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("login"), kVera.email,
                       QStringLiteral("--password-stdin"), QStringLiteral("--two-step-code"), wrong },
                     kVera.password.toUtf8() + '\n');
    QCOMPARE(scripted.exitCode, 1);
    QCOMPARE(errorCode(scripted), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(scripted.json()[QStringLiteral("error")][QStringLiteral("field")].toString(),
             QStringLiteral("twoStep.code"));
    // stdin ends at the two-step prompt: nothing signed in, a usage exit (2).
    const auto ended = m_ctl->login(kVera.email, kVera.password, CtlProcess::Output::Json);
    QCOMPARE(ended.exitCode, 2);
    QCOMPARE(errorCode(ended), QStringLiteral("E-CANCELLED"));
    QCOMPARE(errorCode(m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") })),
             QStringLiteral("E-NOT-SIGNED-IN"));
    // At a prompt, a wrong code is said and asked again.
    m_ctl->start({ QStringLiteral("login"), kVera.email, QStringLiteral("--password-stdin") });
    m_ctl->write(kVera.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Two-step code ("));
    m_ctl->write(wrong.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("E-CODE-WRONG"));
    QVERIFY(m_ctl->waitForText("Two-step code ("));
    m_ctl->write(enabled.backupCodes.at(3).toUtf8() + '\n');
    const auto login = m_ctl->finish();
    QVERIFY2(login.exitCode == 0, login.err.constData());
}

void TestCliTwoStep::recoverAsksForTheCode()
{
    const Enabled enabled = enable();
    QVERIFY(!enabled.secret.isEmpty());
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("recover"), kVera.email,
                   QStringLiteral("--password-stdin") });
    m_ctl->write(kVera.newPassword.toUtf8() + '\n');
    QVERIFY(!m_ctl->answerCaptcha(*m_server).isEmpty());
    QVERIFY(m_ctl->waitForText("Code ("));
    m_ctl->write(m_server->latestCode(kVera.email, QStringLiteral("recovery")).toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Two-step code ("));
    m_ctl->write(enabled.backupCodes.at(0).toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("passwordChanged")].toBool(), true);
    // The new password, and two-step still on.
    const auto login = m_ctl->run({ QStringLiteral("login"), kVera.email, QStringLiteral("--password-stdin"),
                                    QStringLiteral("--two-step-code"), enabled.backupCodes.at(1) },
                                  kVera.newPassword.toUtf8() + '\n');
    QVERIFY2(login.exitCode == 0, login.err.constData());
    QVERIFY(twoStepOn());
}

void TestCliTwoStep::deleteAsksForTheCode()
{
    const Enabled enabled = enable();
    QVERIFY(!enabled.secret.isEmpty());
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("delete"), QStringLiteral("--password-stdin") });
    m_ctl->write(kVera.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Code ("));
    m_ctl->write(m_server->latestCode(kVera.email, QStringLiteral("account-deletion")).toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("Two-step code ("));
    m_ctl->write(nextCode(enabled.secret).toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("deleted")].toBool(), true);
    QCOMPARE(errorCode(m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") })),
             QStringLiteral("E-NOT-SIGNED-IN"));
}

QTEST_GUILESS_MAIN(TestCliTwoStep)
#include "tst_cli_twostep.moc"
