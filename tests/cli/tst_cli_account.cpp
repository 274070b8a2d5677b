// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"
#include "settings/AccountSettings.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// The guide's account flows through account-ctl, against a real server and the real keychain:
// logout (this session only) beside signout (password, this computer unbound), adding and changing
// the email and phone, and deleting the account (refused while devices are bound).
class TestCliAccount : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logoutLeavesTheDeviceBound();
    void signoutUnbindsThisComputer();
    void signoutRemovesLocalData();
    void signoutWrongPassword();
    void changeEmail();
    void changePhone();
    void contactUsageErrors();
    void deleteRefusedWhileDevicesBound();
    void deleteAccount();
    void deleteNeedsViaWithPasswordOnStdin();

private:
    QStringList boundDeviceIds();
    QString thisDeviceId();
};

namespace {
const TestAccount kOlga { QStringLiteral("olga.account@example.com"), QStringLiteral("+79123450011"),
                          QStringLiteral("Olga2026account") };
const QString kNewEmail = QStringLiteral("olga.new@example.com");
const QString kNewPhone = QStringLiteral("+79123450022");
const QStringList kAddresses = { kOlga.email, kOlga.phone, kNewEmail, kNewPhone };
} // namespace

void TestCliAccount::init()
{
    startSignedIn(kOlga);
}

void TestCliAccount::cleanup()
{
    logoutAndStop({ kOlga.password }, kAddresses);
}

QStringList TestCliAccount::boundDeviceIds()
{
    // What the server has bound, as the operator sees it: not through the CLI under test.
    QByteArray out;
    QByteArray err;
    const int status = m_server->runCommand({ QStringLiteral("account"), QStringLiteral("show"),
                                              QString::number(m_accountId), QStringLiteral("--data-dir"),
                                              m_server->dataDir(), QStringLiteral("--json") },
                                            {}, &out, &err);
    if (status != 0) {
        qWarning("account show failed: %s", err.constData());
        return { QStringLiteral("account show failed") };
    }
    QStringList ids;
    const QJsonArray devices = QJsonDocument::fromJson(out).object()[QStringLiteral("devices")].toArray();
    for (const QJsonValue& device : devices)
        ids.append(device[QStringLiteral("id")].toString());
    return ids;
}

QString TestCliAccount::thisDeviceId()
{
    AccountSettings settings(m_ctl->settingsFile());
    return settings.thisDevice().id;
}

void TestCliAccount::logoutLeavesTheDeviceBound()
{
    const QString mine = thisDeviceId();
    QVERIFY(boundDeviceIds().contains(mine));
    const auto logout = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("logout") });
    QVERIFY2(logout.exitCode == 0, logout.out + logout.err);
    QCOMPARE(logout.json()[QStringLiteral("signedOut")].toBool(), true);
    // Signed out here, but the computer is still one of the account's devices.
    QCOMPARE(errorCode(m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") })),
             QStringLiteral("E-NOT-SIGNED-IN"));
    QVERIFY(boundDeviceIds().contains(mine));
    // Its help says what it does not do, and names signout.
    const auto help = m_ctl->run({ QStringLiteral("logout"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("stays bound") && help.out.contains("signout"), help.out.constData());
}

void TestCliAccount::signoutUnbindsThisComputer()
{
    const QString mine = thisDeviceId();
    const QString band
        = m_server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Band 9"));
    QVERIFY(!band.isEmpty());
    const auto result = m_ctl->run(
        { QStringLiteral("--json"), QStringLiteral("signout"), QStringLiteral("--password-stdin") },
        kOlga.password.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    const QJsonObject json = result.json();
    QCOMPARE(json[QStringLiteral("signedOut")].toBool(), true);
    QCOMPARE(json[QStringLiteral("accountId")].toInteger(), m_accountId);
    QCOMPARE(json[QStringLiteral("unbound")].toString(), mine);
    QCOMPARE(json[QStringLiteral("localDataRemoved")].toBool(), false);
    // Unbound on the server (the band stays), signed out here; the app's list still offers it.
    const QStringList bound = boundDeviceIds();
    QVERIFY(!bound.contains(mine));
    QVERIFY(bound.contains(band));
    QCOMPARE(errorCode(m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") })),
             QStringLiteral("E-NOT-SIGNED-IN"));
    AccountSettings settings(m_ctl->settingsFile());
    QCOMPARE(settings.currentAccount(m_server->url()), 0);
    QVERIFY(settings.knownAccounts(m_server->url()).contains(m_accountId));
}

void TestCliAccount::signoutRemovesLocalData()
{
    const QString mine = thisDeviceId();
    const auto result = m_ctl->run({ QStringLiteral("signout"), QStringLiteral("--remove-local-data"),
                                     QStringLiteral("--password-stdin") },
                                   kOlga.password.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Signed out of account " + QByteArray::number(m_accountId)));
    QVERIFY(result.out.contains("Nothing of the account is kept on this computer."));
    QVERIFY(!boundDeviceIds().contains(mine));
    AccountSettings settings(m_ctl->settingsFile());
    QVERIFY(settings.knownAccounts(m_server->url()).isEmpty());
    QVERIFY(settings.accounts(m_server->url()).isEmpty());
    // Nothing to sign out of any more.
    const auto again = m_ctl->run(
        { QStringLiteral("--json"), QStringLiteral("signout"), QStringLiteral("--password-stdin") },
        kOlga.password.toUtf8() + '\n');
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(errorCode(again), QStringLiteral("E-NOT-SIGNED-IN"));
}

void TestCliAccount::signoutWrongPassword()
{
    const auto result = m_ctl->run(
        { QStringLiteral("--json"), QStringLiteral("signout"), QStringLiteral("--password-stdin") },
        "Not-the-password-7\n");
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(errorCode(result), QStringLiteral("E-PASSWORD-WRONG"));
    QVERIFY(boundDeviceIds().contains(thisDeviceId()));
    QCOMPARE(m_ctl->run({ QStringLiteral("whoami") }).exitCode, 0);
    // No password at all: a usage error.
    const auto none = m_ctl->run({ QStringLiteral("signout"), QStringLiteral("--password-stdin") });
    QCOMPARE(none.exitCode, 2);
}

void TestCliAccount::changeEmail()
{
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("email"),
                   QStringLiteral(" Olga.New@Example.com "), QStringLiteral("--password-stdin") });
    m_ctl->write(kOlga.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("sent by email to " + EmailAddress::mask(kNewEmail).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kNewEmail, QStringLiteral("email-change"));
    QCOMPARE(code.size(), 6);
    QVERIFY(m_ctl->typeWrongCodeThen(code));
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    const QJsonObject json = result.json();
    QCOMPARE(json[QStringLiteral("changed")].toString(), QStringLiteral("email"));
    QCOMPARE(json[QStringLiteral("email")].toString(), EmailAddress::mask(kNewEmail));
    QCOMPARE(json[QStringLiteral("phone")].toString(), PhoneNumbers::mask(kOlga.phone));
    QCOMPARE(json[QStringLiteral("accountId")].toInteger(), m_accountId);

    // The new address signs in, the old one no longer does.
    const auto other = otherComputer();
    QCOMPARE(other->login(kOlga.email, kOlga.password).exitCode, 1);
    QCOMPARE(other->login(kNewEmail, kOlga.password).exitCode, 0);
    other->run({ QStringLiteral("logout") });
    verifyNoSecrets(other->everything(), { kOlga.password }, kAddresses);
}

void TestCliAccount::changePhone()
{
    // A national number with its region, in text mode.
    m_ctl->start({ QStringLiteral("contact"), QStringLiteral("phone"), QStringLiteral("8 912 345-00-22"),
                   QStringLiteral("--region"), QStringLiteral("ru"), QStringLiteral("--password-stdin") });
    m_ctl->write(kOlga.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("sent by SMS to " + PhoneNumbers::mask(kNewPhone).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kNewPhone, QStringLiteral("phone-change"));
    QCOMPARE(code.size(), 6);
    m_ctl->write(code.toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.out.contains("Phone number saved"));
    QVERIFY(result.out.contains("Phone: " + PhoneNumbers::mask(kNewPhone).toUtf8()));
    QVERIFY(!result.out.contains(code.toUtf8()) && !result.err.contains(code.toUtf8()));
    const auto whoami = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(whoami.json()[QStringLiteral("phone")].toString(), PhoneNumbers::mask(kNewPhone));
}

void TestCliAccount::contactUsageErrors()
{
    const auto badEmail = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("contact"),
                                       QStringLiteral("email"), QStringLiteral("not-an-address") });
    QCOMPARE(badEmail.exitCode, 2);
    QCOMPARE(errorCode(badEmail), QStringLiteral("E-USAGE"));
    const auto national
        = m_ctl->run({ QStringLiteral("contact"), QStringLiteral("phone"), QStringLiteral("9123450022") });
    QCOMPARE(national.exitCode, 2);
    QVERIFY2(national.err.contains("--region"), national.err.constData());
    const auto wrongPassword
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("contact"), QStringLiteral("email"),
                       kNewEmail, QStringLiteral("--password-stdin") },
                     "Not-the-password-7\n");
    QCOMPARE(wrongPassword.exitCode, 1);
    QCOMPARE(errorCode(wrongPassword), QStringLiteral("E-PASSWORD-WRONG"));
    QCOMPARE(m_server->messageCount(kNewEmail), 0);
    // stdin ends at the code prompt: nothing changed, and that is a usage error (2).
    const auto noCode = m_ctl->run(
        { QStringLiteral("contact"), QStringLiteral("email"), kNewEmail, QStringLiteral("--password-stdin") },
        kOlga.password.toUtf8() + '\n');
    QCOMPARE(noCode.exitCode, 2);
    const auto whoami = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(whoami.json()[QStringLiteral("email")].toString(), EmailAddress::mask(kOlga.email));
}

void TestCliAccount::deleteRefusedWhileDevicesBound()
{
    const QString band
        = m_server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    const QString scale
        = m_server->addDevice(m_accountId, QStringLiteral("scale"), QStringLiteral("Mi Scale 2"));
    QVERIFY(!band.isEmpty() && !scale.isEmpty());
    const auto json
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("delete"), QStringLiteral("--via"),
                       QStringLiteral("email"), QStringLiteral("--password-stdin") },
                     kOlga.password.toUtf8() + '\n');
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(errorCode(json), QStringLiteral("E-DEVICES-STILL-BOUND"));
    QStringList listed;
    for (const QJsonValue& device : json.json()[QStringLiteral("error")][QStringLiteral("devices")].toArray())
        listed.append(device[QStringLiteral("id")].toString());
    listed.sort();
    QStringList expected { band, scale };
    expected.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(m_server->messageCount(kOlga.email, QStringLiteral("account-deletion")), 0);

    // Text mode: the devices to unbind, one a line, as `devices list` shows them.
    const auto text
        = m_ctl->run({ QStringLiteral("delete"), QStringLiteral("--via"), QStringLiteral("email") });
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.err.contains("cannot be deleted while other devices are bound"), text.err.constData());
    QVERIFY(text.err.contains(band.toUtf8() + "  band  Mi Band 8"));
    QVERIFY(text.err.contains(scale.toUtf8() + "  scale  Mi Scale 2"));
    QVERIFY(text.err.contains("E-DEVICES-STILL-BOUND"));
    QCOMPARE(m_ctl->run({ QStringLiteral("whoami") }).exitCode, 0);
}

void TestCliAccount::deleteAccount()
{
    const QString band
        = m_server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    QCOMPARE(
        m_ctl->run({ QStringLiteral("delete"), QStringLiteral("--via"), QStringLiteral("phone") }).exitCode,
        1);
    QCOMPARE(m_ctl
                 ->run({ QStringLiteral("devices"), QStringLiteral("unbind"), band,
                         QStringLiteral("--password-stdin") },
                       kOlga.password.toUtf8() + '\n')
                 .exitCode,
             0);
    // Both are bound: the channel is asked; then the password, then the code.
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("delete") });
    QVERIFY(m_ctl->waitForText("Send the code by email or phone?"));
    m_ctl->write("phone\n");
    QVERIFY(m_ctl->waitForText("Password of account " + QByteArray::number(m_accountId) + " to delete it:"));
    m_ctl->write(kOlga.password.toUtf8() + '\n');
    QVERIFY(m_ctl->waitForText("sent by SMS to " + PhoneNumbers::mask(kOlga.phone).toUtf8()));
    QVERIFY(m_ctl->waitForText("Code ("));
    const QString code = m_server->latestCode(kOlga.phone, QStringLiteral("account-deletion"));
    QCOMPARE(code.size(), 6);
    QVERIFY(m_ctl->typeWrongCodeThen(code));
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("deleted")].toBool(), true);
    QCOMPARE(result.json()[QStringLiteral("accountId")].toInteger(), m_accountId);

    // Nothing of it here, and the server no longer knows the login.
    AccountSettings settings(m_ctl->settingsFile());
    QVERIFY(settings.knownAccounts(m_server->url()).isEmpty());
    QVERIFY(settings.accounts(m_server->url()).isEmpty());
    QCOMPARE(errorCode(m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") })),
             QStringLiteral("E-NOT-SIGNED-IN"));
    const auto login = m_ctl->login(kOlga.email, kOlga.password, CtlProcess::Output::Json);
    QCOMPARE(login.exitCode, 1);
    QCOMPARE(errorCode(login), QStringLiteral("E-LOGIN-FAILED"));
}

void TestCliAccount::deleteNeedsViaWithPasswordOnStdin()
{
    // The first line is the password: it is never read as the answer to another question.
    const auto result = m_ctl->run(
        { QStringLiteral("--json"), QStringLiteral("delete"), QStringLiteral("--password-stdin") },
        kOlga.password.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(errorCode(result), QStringLiteral("E-USAGE"));
    QVERIFY(result.json()[QStringLiteral("error")][QStringLiteral("message")].toString().contains(
        QStringLiteral("--via")));
    const auto bad = m_ctl->run({ QStringLiteral("delete"), QStringLiteral("--via"), QStringLiteral("fax") });
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(m_ctl->run({ QStringLiteral("whoami") }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliAccount)
#include "tst_cli_account.moc"
