// SPDX-License-Identifier: Apache-2.0
// Devices bound to an account, unbinding them, deleting the account, and new-device verification,
// against a real account-server over TLS.
#include "TestAccount.h"
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
const TestAccount kDima { {}, {}, QStringLiteral("Dima2026pass"), {} };
} // namespace

class TestServerDevices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listMarksCurrentDevice();
    void operatorAddedBandIsListed();
    void unbindOtherDevice();
    void unbindWithWrongPasswordOrUnknownDevice();
    void unbindOwnDeviceSignsOut();
    void deleteAccount();
    void newDeviceNeedsCode();

private:
    TestReply devices(const QString& access)
    {
        return m_stack.client->get(QStringLiteral("/v1/devices"), access);
    }
    TestReply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                       const QString& access = {})
    {
        return m_stack.client->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), access);
    }
    TestReply unbind(const QString& access, const QString& deviceId, const QString& password)
    {
        return sendJson("DELETE", QStringLiteral("/v1/devices/") + deviceId,
                        { { QStringLiteral("password"), password } }, access);
    }
    TestReply deleteAccount(const QString& access, const QString& challengeId, const QString& code,
                            const QString& password = kDima.password)
    {
        return sendJson("DELETE", QStringLiteral("/v1/account"),
                        { { QStringLiteral("password"), password },
                          { QStringLiteral("challengeId"), challengeId },
                          { QStringLiteral("code"), code } },
                        access);
    }
    static QStringList ids(const TestReply& list)
    {
        QStringList result;
        for (const QJsonValue& device : list.json.value("devices").toArray())
            result << device.toObject().value("id").toString();
        return result;
    }
    // A new account with kDima's password, signed in on `first` and then on `second`: the two
    // sign-ins' answers (the test fails when the account could not be added).
    QPair<TestReply, TestReply> onTwoDevices(const QString& email, const QString& first,
                                             const QString& second);
    // Rows of `table` whose `where` matches; the test reads the server's database directly.
    int countRows(const QString& table, const QString& where, const QVariantList& values);

    TestStack m_stack;
};

void TestServerDevices::initTestCase()
{
    QVERIFY2(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(m_stack.server->errorString()));
}

QPair<TestReply, TestReply> TestServerDevices::onTwoDevices(const QString& email, const QString& first,
                                                            const QString& second)
{
    if (m_stack.server->addAccount(kDima.withEmail(email)) <= 0)
        QTest::qFail(qPrintable(m_stack.server->errorString()), __FILE__, __LINE__);
    const TestReply one = m_stack.flows->signIn(email, kDima.password, first);
    return { one, m_stack.flows->signIn(email, kDima.password, second) };
}

int TestServerDevices::countRows(const QString& table, const QString& where, const QVariantList& values)
{
    return m_stack.server->queryInt(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where),
                                    values);
}

void TestServerDevices::listMarksCurrentDevice()
{
    const auto [first, second] = onTwoDevices(QStringLiteral("list@example.com"), QStringLiteral("laptop"),
                                              QStringLiteral("phone-1"));
    const QString laptop = first.accessToken();
    const QString phone = second.accessToken();
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty());

    const TestReply list = devices(laptop);
    QCOMPARE(list.status, 200);
    const QJsonArray array = list.json.value("devices").toArray();
    QCOMPARE(array.size(), 2);
    for (const QJsonValue& value : array) {
        const QJsonObject device = value.toObject();
        QCOMPARE(device.value("current").toBool(), device.value("id").toString() == QLatin1String("laptop"));
        QCOMPARE(device.value("kind").toString(), QStringLiteral("computer"));
        QVERIFY(!device.value("name").toString().isEmpty());
        QVERIFY(QDateTime::fromString(device.value("firstSeen").toString(), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(device.value("lastSeen").toString(), Qt::ISODate).isValid());
    }
    // The other device sees itself as current.
    const TestReply fromPhone = devices(phone);
    for (const QJsonValue& value : fromPhone.json.value("devices").toArray())
        QCOMPARE(value.toObject().value("current").toBool(),
                 value.toObject().value("id").toString() == QLatin1String("phone-1"));
    QCOMPARE(devices(QString()).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
}

void TestServerDevices::operatorAddedBandIsListed()
{
    const QString email = QStringLiteral("band@example.com");
    const qint64 id = m_stack.server->addAccount(kDima.withEmail(email));
    QVERIFY(id > 0);
    const QString bandId = m_stack.server->addDevice(id, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    QVERIFY2(!bandId.isEmpty(), qPrintable(m_stack.server->errorString()));
    // An unknown kind is refused.
    QVERIFY(m_stack.server->runCommand({ QStringLiteral("device"), QStringLiteral("add"),
                                         QStringLiteral("--data-dir"), m_stack.server->dataDir(),
                                         QStringLiteral("--account"), QString::number(id),
                                         QStringLiteral("--kind"), QStringLiteral("toaster"),
                                         QStringLiteral("--name"), QStringLiteral("T") },
                                       {})
            != 0);

    const QString access = m_stack.flows->signIn(email, kDima.password, QStringLiteral("pc")).accessToken();
    const TestReply list = devices(access);
    QCOMPARE(list.status, 200);
    QVERIFY(ids(list).contains(bandId));
    for (const QJsonValue& value : list.json.value("devices").toArray()) {
        const QJsonObject device = value.toObject();
        if (device.value("id").toString() == bandId) {
            QCOMPARE(device.value("kind").toString(), QStringLiteral("band"));
            QCOMPARE(device.value("name").toString(), QStringLiteral("Mi Band 8"));
            QCOMPARE(device.value("current").toBool(), false);
        }
    }
}

void TestServerDevices::unbindOtherDevice()
{
    const auto [first, phone] = onTwoDevices(QStringLiteral("unbind@example.com"), QStringLiteral("laptop"),
                                             QStringLiteral("phone-2"));
    const QString laptop = first.accessToken();
    QCOMPARE(phone.status, 200);

    const TestReply unbound = unbind(laptop, QStringLiteral("phone-2"), kDima.password);
    QCOMPARE(unbound.status, 204);
    // Its tokens die at once.
    const TestReply refreshed = m_stack.flows->refresh(phone.refreshToken());
    QCOMPARE(refreshed.status, 401);
    QCOMPARE(refreshed.errorCode(), QStringLiteral("E-REFRESH-INVALID"));
    QCOMPARE(m_stack.flows->profile(phone.accessToken()).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(ids(devices(laptop)), QStringList { QStringLiteral("laptop") });
    // The caller's own session is untouched.
    QCOMPARE(m_stack.flows->profile(laptop).status, 200);
}

void TestServerDevices::unbindWithWrongPasswordOrUnknownDevice()
{
    const auto [first, phone] = onTwoDevices(QStringLiteral("wrongpw@example.com"), QStringLiteral("laptop"),
                                             QStringLiteral("phone-3"));
    const QString laptop = first.accessToken();

    const TestReply wrong = unbind(laptop, QStringLiteral("phone-3"), QStringLiteral("Not2026theone"));
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    QCOMPARE(wrong.errorField(), QStringLiteral("password"));
    QVERIFY(ids(devices(laptop)).contains(QStringLiteral("phone-3")));
    QCOMPARE(m_stack.flows->refresh(phone.refreshToken()).status, 200);

    const TestReply unknown = unbind(laptop, QStringLiteral("no-such-device"), kDima.password);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("E-DEVICE-NOT-FOUND"));
    const TestReply noPassword = sendJson("DELETE", QStringLiteral("/v1/devices/phone-3"), {}, laptop);
    QCOMPARE(noPassword.errorCode(), QStringLiteral("E-FIELD-MISSING"));
}

void TestServerDevices::unbindOwnDeviceSignsOut()
{
    const auto [self, second] = onTwoDevices(QStringLiteral("own@example.com"), QStringLiteral("this-pc"),
                                             QStringLiteral("other-pc"));
    const QString other = second.accessToken();

    QCOMPARE(unbind(self.accessToken(), QStringLiteral("this-pc"), kDima.password).status, 204);
    QCOMPARE(m_stack.flows->profile(self.accessToken()).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_stack.flows->refresh(self.refreshToken()).errorCode(), QStringLiteral("E-REFRESH-INVALID"));
    QCOMPARE(ids(devices(other)), QStringList { QStringLiteral("other-pc") });
}

void TestServerDevices::deleteAccount()
{
    const QString email = QStringLiteral("leaving@example.com");
    const QString phone = QStringLiteral("+79165550101");
    const qint64 id = m_stack.server->addAccount(kDima.withContacts(email, phone));
    QVERIFY(id > 0);
    const QString laptop
        = m_stack.flows->signIn(email, kDima.password, QStringLiteral("laptop")).accessToken();
    QVERIFY(!laptop.isEmpty());
    QCOMPARE(m_stack.flows->signIn(email, kDima.password, QStringLiteral("old-phone")).status, 200);

    // Refused while another device is bound, at the challenge and at the deletion; the error
    // lists the devices to unbind, not the caller's own.
    const TestReply early = sendJson("POST", QStringLiteral("/v1/account/deletion/challenges"),
                                     { { QStringLiteral("via"), QStringLiteral("email") } }, laptop);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.errorCode(), QStringLiteral("E-DEVICES-STILL-BOUND"));
    const QJsonArray listed = early.json.value("error").toObject().value("devices").toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value("id").toString(), QStringLiteral("old-phone"));
    QCOMPARE(listed.first().toObject().value("kind").toString(), QStringLiteral("computer"));
    const TestReply refused
        = deleteAccount(laptop, QStringLiteral("0123456789abcdef0123456789abcdef"), QStringLiteral("123456"));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-DEVICES-STILL-BOUND"));

    QCOMPARE(unbind(laptop, QStringLiteral("old-phone"), kDima.password).status, 204);
    // Both bound: the user says where the code goes.
    QCOMPARE(sendJson("POST", QStringLiteral("/v1/account/deletion/challenges"), {}, laptop).errorCode(),
             QStringLiteral("E-FIELD-MISSING"));
    const TestReply started = sendJson("POST", QStringLiteral("/v1/account/deletion/challenges"),
                                       { { QStringLiteral("via"), QStringLiteral("email") } }, laptop);
    QCOMPARE(started.status, 201);
    const QString challengeId = started.json.value("challengeId").toString();
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("email"));
    QCOMPARE(m_stack.flows->lastMessage(email).value("purpose").toString(),
             QStringLiteral("account-deletion"));
    const QString code = m_stack.flows->lastCode(email);
    QCOMPARE(code.size(), 6);

    const TestReply wrongPassword = deleteAccount(laptop, challengeId, code, QStringLiteral("Not2026theone"));
    QCOMPARE(wrongPassword.status, 403);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    const TestReply wrongCode = deleteAccount(laptop, challengeId, TestAccountFlows::wrongCode(code));
    QCOMPARE(wrongCode.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrongCode.json.value("error").toObject().value("attemptsLeft").toInt(), 4);

    QCOMPARE(deleteAccount(laptop, challengeId, code).status, 204);
    // The confirmation went to both, before the addresses were erased.
    QCOMPARE(m_stack.flows->lastMessage(email).value("purpose").toString(),
             QStringLiteral("account-deleted"));
    QCOMPARE(m_stack.flows->lastMessage(phone).value("purpose").toString(),
             QStringLiteral("account-deleted"));

    // Nothing personal is left; only the audit row.
    const QVariantList both { email, phone };
    QCOMPARE(countRows(QStringLiteral("accounts"), QStringLiteral("id = ? OR email = ? OR phone = ?"),
                       { id, email, phone }),
             0);
    for (const char* table : { "devices", "sessions", "challenges" })
        QCOMPARE(countRows(QLatin1String(table), QStringLiteral("account_id = ?"), { id }), 0);
    QCOMPARE(countRows(QStringLiteral("tokens"),
                       QStringLiteral("session_id NOT IN (SELECT id FROM sessions)"), {}),
             0);
    QCOMPARE(countRows(QStringLiteral("challenges"),
                       QStringLiteral("destination IN (?, ?) OR choice_email = ? OR choice_phone = ?"),
                       { email, phone, email, phone }),
             0);
    QCOMPARE(countRows(QStringLiteral("code_sends"), QStringLiteral("destination IN (?, ?)"), both), 0);
    QCOMPARE(countRows(QStringLiteral("registrations"), QStringLiteral("destination IN (?, ?)"), both), 0);
    QCOMPARE(countRows(QStringLiteral("login_failures"), QStringLiteral("key LIKE ?"),
                       { QStringLiteral("%") + QString::number(id) }),
             0);
    QCOMPARE(countRows(QStringLiteral("account_deletions"), QStringLiteral("account_id = ?"), { id }), 1);

    // The old session is dead; the old logins are as unknown as any other.
    QCOMPARE(m_stack.flows->profile(laptop).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    const TestReply byEmail = m_stack.flows->signIn(email, kDima.password, QStringLiteral("laptop"));
    const TestReply unknown = m_stack.flows->signIn(QStringLiteral("nobody@example.com"), kDima.password);
    QCOMPARE(byEmail.status, unknown.status);
    QCOMPARE(byEmail.errorCode(), QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(m_stack.flows->signIn(QString::number(id), kDima.password).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));

    // Recovery answers as for an unknown login: a challenge, but nothing is delivered.
    const int before = m_stack.flows->messageCount(email);
    const TestReply recovery = m_stack.flows->startRecovery(email);
    QCOMPARE(recovery.status, 201);
    QCOMPARE(recovery.json.value("channel").toString(), QStringLiteral("email"));
    QCOMPARE(m_stack.flows->messageCount(email), before);

    // The email can be registered again, as a new account.
    TestRegistration reg(m_stack.server.get(), m_stack.client.get());
    const QString registration = reg.verifiedRegistration(QStringLiteral("email"), email, email);
    QVERIFY(!registration.isEmpty());
    const TestReply completed = reg.complete(registration, QStringLiteral("Again2027pass"));
    QVERIFY2(completed.status == 200 || completed.status == 201, completed.body.constData());
    QVERIFY(completed.json.value("accountId").toVariant().toLongLong() != id);
}

void TestServerDevices::newDeviceNeedsCode()
{
    TestStack stack;
    QVERIFY2(stack.startVerifyingNewDevices({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(stack.server->errorString()));
    const QString email = QStringLiteral("newdev@example.com");
    const QString phone = QStringLiteral("+79165550202");
    QVERIFY(stack.server->addAccount(kDima.withContacts(email, phone)) > 0);

    const TestReply first = stack.flows->signIn(email, kDima.password, QStringLiteral("pc-a"));
    QCOMPARE(first.status, 403);
    QCOMPARE(first.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    QVERIFY(!first.json.contains("accessToken"));
    const QJsonObject challenge = first.json.value("error").toObject().value("challenge").toObject();
    const QString challengeId = challenge.value("challengeId").toString();
    QCOMPARE(challengeId.size(), 32);
    QCOMPARE(challenge.value("channel").toString(), QStringLiteral("email"));
    QCOMPARE(challenge.value("sentTo").toString(), QStringLiteral("n***@example.com"));
    QCOMPARE(challenge.value("codeLength").toInt(), 6);
    QVERIFY(challenge.value("expiresIn").toInt() > 0);
    QCOMPARE(stack.flows->lastMessage(email).value("purpose").toString(),
             QStringLiteral("device-verification"));

    // A resend gives a new code; the old one is dead.
    const QString oldCode = stack.flows->lastCode(email);
    const TestReply resent
        = stack.client->post(QStringLiteral("/v1/sessions/device-challenges/%1/resend").arg(challengeId), {});
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json.value("challengeId").toString(), challengeId);
    const QString code = stack.flows->lastCode(email);

    auto verified = [&](const QString& deviceId, const QString& id, const QString& withCode) {
        return stack.flows->signInVerified(email, kDima.password, id, withCode, deviceId);
    };
    const QString wrong = oldCode != code ? oldCode : TestAccountFlows::wrongCode(code);
    const TestReply wrongReply = verified(QStringLiteral("pc-a"), challengeId, wrong);
    QCOMPARE(wrongReply.status, 400);
    QCOMPARE(wrongReply.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrongReply.errorField(), QStringLiteral("deviceVerification.code"));
    QCOMPARE(wrongReply.json.value("error").toObject().value("attemptsLeft").toInt(), 4);
    // The code lets in the device it was sent for, no other.
    QCOMPARE(verified(QStringLiteral("pc-b"), challengeId, code).errorCode(),
             QStringLiteral("E-CHALLENGE-NOT-FOUND"));

    const TestReply ok = verified(QStringLiteral("pc-a"), challengeId, code);
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.json.value("accessToken").toString().isEmpty());
    // The device gets a secret of its own to be known by: its ID is no secret (device lists show it).
    const QString secret = ok.json.value("deviceSecret").toString();
    QCOMPARE(secret.size(), 43);
    // Known now: the password and the secret are enough...
    QJsonObject known = TestClient::signInBody(email, kDima.password, QStringLiteral("pc-a"));
    known.insert(QStringLiteral("deviceSecret"), secret);
    const TestReply again = stack.client->post(QStringLiteral("/v1/sessions"), known);
    QCOMPARE(again.status, 200);
    QVERIFY(!again.json.contains("deviceSecret")); // it brought one: nothing new to keep
    // ...but someone who knows the password and the device's ID, not its secret, gets a code sent.
    QCOMPARE(stack.flows->signIn(email, kDima.password, QStringLiteral("pc-a")).errorCode(),
             QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    known.insert(QStringLiteral("deviceSecret"), QString(43, QLatin1Char('A')));
    QCOMPARE(stack.client->post(QStringLiteral("/v1/sessions"), known).errorCode(),
             QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    // A used challenge does not let another new device in.
    QCOMPARE(verified(QStringLiteral("pc-e"), challengeId, code).errorCode(),
             QStringLiteral("E-CHALLENGE-NOT-FOUND"));
    // Signing in by phone sends the code by SMS.
    const TestReply byPhone = stack.flows->signIn(phone, kDima.password, QStringLiteral("pc-c"));
    QCOMPARE(byPhone.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    QCOMPARE(byPhone.json.value("error").toObject().value("challenge").toObject().value("channel").toString(),
             QStringLiteral("sms"));
    QCOMPARE(stack.flows->lastMessage(phone).value("purpose").toString(),
             QStringLiteral("device-verification"));
    // The wrong password still says only that.
    QCOMPARE(stack.flows->signIn(email, QStringLiteral("Not2026theone"), QStringLiteral("pc-d")).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
}

QTEST_MAIN(TestServerDevices)
#include "tst_server_devices.moc"
