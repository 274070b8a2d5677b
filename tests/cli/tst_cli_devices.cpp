// SPDX-License-Identifier: Apache-2.0
#include "CliTestBase.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

// devices list, devices unbind and password change through account-ctl, against a real server and
// the real keychain, signed in the way the app signs in (the same keychain entry and settings).
class TestCliDevices : public CliTestBase
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notSignedIn();
    void listDevices();
    void unbindBand();
    void unbindWrongPassword();
    void unbindThisComputer();
    void changePassword();
};

namespace {
const TestAccount kIvan { QStringLiteral("ivan.devices@example.com"),
                          {},
                          QStringLiteral("Ivan2026devices"),
                          QStringLiteral("Ivan2027changed") };
} // namespace

void TestCliDevices::init()
{
    if (QByteArray(QTest::currentTestFunction()) == "notSignedIn")
        startWithAccount(kIvan);
    else
        startSignedIn(kIvan);
}

void TestCliDevices::cleanup()
{
    logoutAndStop({ kIvan.password, kIvan.newPassword }, { kIvan.email });
}

void TestCliDevices::notSignedIn()
{
    const auto result
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list") });
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-NOT-SIGNED-IN"));
    const auto unknown = m_ctl->run({ QStringLiteral("devices"), QStringLiteral("sell") });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("\"devices\" needs one more word: devices list, devices unbind."),
             unknown.err.constData());
}

void TestCliDevices::listDevices()
{
    const QString band
        = m_server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    QVERIFY(!band.isEmpty());
    const auto text = m_ctl->run({ QStringLiteral("devices"), QStringLiteral("list") });
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY2(text.out.contains("(this computer)"), text.out.constData());
    QVERIFY(text.out.contains(band.toUtf8() + "  band  Mi Band 8"));

    const auto json
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list") });
    QCOMPARE(json.exitCode, 0);
    const QJsonArray devices = json.json()[QStringLiteral("devices")].toArray();
    QCOMPARE(devices.size(), 2);
    int current = 0;
    for (const QJsonValue& device : devices) {
        current += device[QStringLiteral("current")].toBool() ? 1 : 0;
        QVERIFY(!device[QStringLiteral("id")].toString().isEmpty());
        QVERIFY(!device[QStringLiteral("lastSeen")].toString().isEmpty());
    }
    QCOMPARE(current, 1);
}

void TestCliDevices::unbindBand()
{
    const QString band
        = m_server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Band 7"));
    QVERIFY(!band.isEmpty());
    const auto result = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"),
                                     QStringLiteral("unbind"), band, QStringLiteral("--password-stdin") },
                                   kIvan.password.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("unbound")].toString(), band);
    const auto list
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list") });
    const QJsonArray devices = list.json()[QStringLiteral("devices")].toArray();
    QCOMPARE(devices.size(), 1);
    QVERIFY(devices.first()[QStringLiteral("current")].toBool());
    // Still signed in here.
    QCOMPARE(m_ctl->run({ QStringLiteral("whoami") }).exitCode, 0);
}

void TestCliDevices::unbindWrongPassword()
{
    const QString band = m_server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Scale"));
    const auto result = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"),
                                     QStringLiteral("unbind"), band, QStringLiteral("--password-stdin") },
                                   "Not-the-password-9\n");
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-PASSWORD-WRONG"));
    QVERIFY(!result.json()[QStringLiteral("error")][QStringLiteral("requestId")].toString().isEmpty());
    const auto list
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list") });
    QCOMPARE(list.json()[QStringLiteral("devices")].toArray().size(), 2);
    // An unknown device: E-DEVICE-NOT-FOUND.
    const auto missing
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("unbind"),
                       QStringLiteral("no-such-device"), QStringLiteral("--password-stdin") },
                     kIvan.password.toUtf8() + '\n');
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-DEVICE-NOT-FOUND"));
}

void TestCliDevices::unbindThisComputer()
{
    const auto list
        = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("devices"), QStringLiteral("list") });
    const QJsonArray devices = list.json()[QStringLiteral("devices")].toArray();
    QCOMPARE(devices.size(), 1);
    const QString mine = devices.first()[QStringLiteral("id")].toString();
    const auto result = m_ctl->run(
        { QStringLiteral("devices"), QStringLiteral("unbind"), mine, QStringLiteral("--password-stdin") },
        kIvan.password.toUtf8() + '\n');
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains("signed out here as well"));
    const auto whoami = m_ctl->run({ QStringLiteral("--json"), QStringLiteral("whoami") });
    QCOMPARE(whoami.exitCode, 1);
    QCOMPARE(whoami.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("E-NOT-SIGNED-IN"));
}

void TestCliDevices::changePassword()
{
    m_ctl->start({ QStringLiteral("--json"), QStringLiteral("password"), QStringLiteral("change") });
    QVERIFY(m_ctl->waitForText("Code:"));
    const QString code = m_server->latestCode(kIvan.email);
    QCOMPARE(code.size(), 6);
    // A wrong code first: asked again, the password not yet.
    m_ctl->write(QString(code)
                     .replace(0, 1, code.at(0) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'))
                     .toUtf8()
                 + '\n');
    QVERIFY(m_ctl->typeNewPassword(kIvan.newPassword));
    QVERIFY(m_ctl->waitForText("Code:"));
    m_ctl->write(code.toUtf8() + '\n');
    const auto result = m_ctl->finish();
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QCOMPARE(result.json()[QStringLiteral("passwordChanged")].toBool(), true);
    QVERIFY(!result.out.contains(code.toUtf8()));

    // This computer stays signed in with the new tokens from the keychain; the old password is gone.
    QCOMPARE(m_ctl->run({ QStringLiteral("whoami") }).exitCode, 0);
    const auto other = otherComputer();
    QCOMPARE(other->login(kIvan.email, kIvan.password).exitCode, 1);
    QCOMPARE(other->login(kIvan.email, kIvan.newPassword).exitCode, 0);
    other->run({ QStringLiteral("logout") });
}

QTEST_GUILESS_MAIN(TestCliDevices)
#include "tst_cli_devices.moc"
