// SPDX-License-Identifier: Apache-2.0
// The account's activity and the export of its data (#20), against a real account-server over TLS:
// each event written by the flow that causes it and not when that flow fails, failed sign-ins
// counted per hour, the masked addresses (the forwarded one behind a trusted proxy), paging, the
// export's content and what it must never hold, its hourly limit, erasure with the account, and
// housekeeping's 180 days.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"
#include "TestTls.h"
#include "TestTotp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Lena2026pass");
const QString kNewPassword = QStringLiteral("Lena2027pass");
constexpr qint64 kHourMs = 3600 * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
} // namespace

class TestServerActivity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInWritesEventWithDeviceAndAddress();
    void failedSignInsAreCountedPerHour();
    void forwardedAddressIsMasked();
    void passwordChangeOnlyWhenItHappens();
    void recoveryWritesEvent();
    void emailChangeOnlyWhenItHappens();
    void deviceUnboundOnlyWithRightPassword();
    void signOutOthersEndsEveryOtherSession();
    void twoStepOnAndOff();
    void newDeviceVerifiedAndNotice();
    void paging();
    void badQueries();
    void exportContentAndSecrets();
    void exportNeedsPasswordAndWaitsAnHour();
    void deletionErasesEvents();
    void housekeepingPrunesAfter180Days();

private:
    // A new account with this email (and phone), signed in from deviceId; its access token.
    QString signedIn(const QString& email, const QString& phone = {},
                     const QString& deviceId = QStringLiteral("test-device"));
    QJsonArray events(const QString& access, const QString& query = {});
    QStringList types(const QString& access);
    static QJsonObject first(const QJsonArray& events, const QString& type);
    // The account's newest event, checked to be of `type`, with its one notice sent to `email`.
    QJsonObject newestEvent(const QString& access, const QString& email, const QString& type);
    TestReply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                       const QString& access = {})
    {
        return m_stack.client->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), access);
    }
    // POST /v1/sessions with an X-Forwarded-For header, as a proxy in front of the server sends it.
    TestReply signInForwarded(const QString& email, const QString& forwardedFor,
                              const QString& password = kPassword);
    qint64 accountIdOf(const QString& access);
    int count(const QString& sql, const QVariantList& values = {});
    void exec(const QString& sql, const QVariantList& values);
    QStringList serverArgs() const
    {
        return { QStringLiteral("--resend-interval"), QStringLiteral("0"), QStringLiteral("--trusted-proxy"),
                 QStringLiteral("127.0.0.1") };
    }

    TestStack m_stack;
};

void TestServerActivity::initTestCase()
{
    QVERIFY2(m_stack.start(serverArgs()), qPrintable(m_stack.server->errorString()));
}

QString TestServerActivity::signedIn(const QString& email, const QString& phone, const QString& deviceId)
{
    if (m_stack.server->addAccount(email, phone, QStringLiteral("RU"), kPassword) <= 0)
        return {};
    return m_stack.flows->signIn(email, kPassword, deviceId).json.value("accessToken").toString();
}

QJsonArray TestServerActivity::events(const QString& access, const QString& query)
{
    const TestReply reply = m_stack.client->get(QStringLiteral("/v1/account/activity") + query, access);
    if (reply.status != 200)
        qWarning("activity: %d %s", reply.status, reply.body.constData());
    return reply.json.value("events").toArray();
}

QJsonObject TestServerActivity::newestEvent(const QString& access, const QString& email, const QString& type)
{
    const QJsonObject event = events(access).first().toObject();
    [&] {
        QCOMPARE(event.value("type").toString(), type);
        QCOMPARE(m_stack.server->messageCount(email, type), 1);
    }();
    return event;
}

QStringList TestServerActivity::types(const QString& access)
{
    QStringList result;
    for (const QJsonValue& event : events(access))
        result << event.toObject().value("type").toString();
    return result;
}

QJsonObject TestServerActivity::first(const QJsonArray& events, const QString& type)
{
    for (const QJsonValue& event : events) {
        if (event.toObject().value("type").toString() == type)
            return event.toObject();
    }
    return {};
}

TestReply TestServerActivity::signInForwarded(const QString& email, const QString& forwardedFor,
                                              const QString& password)
{
    QNetworkRequest request(m_stack.server->url().resolved(QUrl(QStringLiteral("/v1/sessions"))));
    request.setSslConfiguration(TestTls::configuration());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("X-Forwarded-For", forwardedFor.toLatin1());
    QNetworkReply* reply = m_stack.client->manager()->post(
        request, QJsonDocument(TestClient::signInBody(email, password)).toJson(QJsonDocument::Compact));
    return TestClient::finish(reply);
}

qint64 TestServerActivity::accountIdOf(const QString& access)
{
    return qint64(m_stack.flows->profile(access).json.value("accountId").toDouble());
}

int TestServerActivity::count(const QString& sql, const QVariantList& values)
{
    return m_stack.server->queryInt(sql, values);
}

void TestServerActivity::exec(const QString& sql, const QVariantList& values)
{
    QVERIFY2(m_stack.server->execute(sql, values), qPrintable(sql));
}

void TestServerActivity::signInWritesEventWithDeviceAndAddress()
{
    const QString access = signedIn(QStringLiteral("anna.act@example.com"));
    QVERIFY(!access.isEmpty());
    const QJsonArray list = events(access);
    QCOMPARE(list.size(), 1);
    const QJsonObject event = list.first().toObject();
    QCOMPARE(event.value("type").toString(), QStringLiteral("sign-in"));
    const QJsonObject device = event.value("device").toObject();
    QCOMPARE(device.value("name").toString(), QStringLiteral("Test machine"));
    QCOMPARE(device.value("kind").toString(), QStringLiteral("computer"));
    QCOMPARE(device.value("platform").toString(), QStringLiteral("Linux"));
    // The test's own connection, from 127.0.0.1, with its last part hidden.
    QCOMPARE(event.value("address").toString(), QStringLiteral("127.0.0.x"));
    const QDateTime time = QDateTime::fromString(event.value("time").toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QVERIFY(qAbs(time.msecsTo(QDateTime::currentDateTimeUtc())) < 10 * 60 * 1000);
    QVERIFY(!event.contains("count"));
    // The full address is nowhere in the database either.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events WHERE address LIKE '%127.0.0.1%'")),
             0);
    // Without new-device verification the server does not tell devices apart: no notice.
    QCOMPARE(m_stack.server->messageCount(QStringLiteral("anna.act@example.com"),
                                          QStringLiteral("new-device-sign-in")),
             0);
}

void TestServerActivity::failedSignInsAreCountedPerHour()
{
    const QString email = QStringLiteral("boris.act@example.com");
    QVERIFY(m_stack.server->addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);
    const qint64 hourBefore = QDateTime::currentMSecsSinceEpoch() / kHourMs;
    // From a forwarded address (127.0.0.1 is a trusted proxy here), so the test's own address
    // gathers no failures and the other tests need no captcha.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(signInForwarded(email, QStringLiteral("192.0.2.55"), QStringLiteral("Wrong2026pass")).status,
                 401);
    const qint64 hourAfter = QDateTime::currentMSecsSinceEpoch() / kHourMs;
    // The captcha is due after three failures; the right password with it gets in.
    const QString access = m_stack.flows->signIn(email, kPassword, QStringLiteral("test-device"), true)
                               .json.value("accessToken")
                               .toString();
    QVERIFY(!access.isEmpty());
    const QJsonArray list = events(access);
    int failed = 0;
    int rows = 0;
    for (const QJsonValue& value : list) {
        const QJsonObject event = value.toObject();
        if (event.value("type").toString() != QLatin1String("sign-in-failed"))
            continue;
        ++rows;
        failed += event.value("count").toInt();
        QCOMPARE(event.value("address").toString(), QStringLiteral("192.0.2.x"));
        QVERIFY(!event.contains("device"));
    }
    QCOMPARE(failed, 3);
    if (hourBefore == hourAfter)
        QCOMPARE(rows, 1); // one row for the hour, not one per failure
    QCOMPARE(list.first().toObject().value("type").toString(), QStringLiteral("sign-in"));
    // An unknown login leaves no trace in anyone's activity.
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM account_events"));
    QCOMPARE(signInForwarded(QStringLiteral("nobody.act@example.com"), QStringLiteral("192.0.2.56")).status,
             401);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events")), before);
}

void TestServerActivity::forwardedAddressIsMasked()
{
    // The server trusts 127.0.0.1 as a proxy here (serverArgs): the forwarded client counts.
    const QString email = QStringLiteral("carl.act@example.com");
    QVERIFY(m_stack.server->addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);
    const TestReply v4 = signInForwarded(email, QStringLiteral("203.0.113.7"));
    QCOMPARE(v4.status, 200);
    const TestReply v6 = signInForwarded(email, QStringLiteral("2001:db8:85a3::8a2e:370:7334"));
    QCOMPARE(v6.status, 200);
    const TestReply v6short = signInForwarded(email, QStringLiteral("2001:db8::1"));
    QCOMPARE(v6short.status, 200);
    const QJsonArray list = events(v4.json.value("accessToken").toString());
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value("address").toString(), QStringLiteral("2001:db8::x"));
    QCOMPARE(list.at(1).toObject().value("address").toString(), QStringLiteral("2001:db8:85a3::x"));
    QCOMPARE(list.at(2).toObject().value("address").toString(), QStringLiteral("203.0.113.x"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events WHERE address LIKE '%7334%' OR "
                                  "address LIKE '%113.7%'")),
             0);
}

void TestServerActivity::passwordChangeOnlyWhenItHappens()
{
    const QString email = QStringLiteral("dora.act@example.com");
    const QString access = signedIn(email);
    QVERIFY(!access.isEmpty());
    const TestReply started = m_stack.flows->startPasswordChange(access);
    QCOMPARE(started.status, 201);
    const QString challengeId = started.json.value("challengeId").toString();
    const QString code = m_stack.flows->lastCode(email);
    // A wrong code, then a weak password: nothing changed, nothing written.
    QCOMPARE(
        m_stack.flows->changePassword(access, challengeId, TestAccountFlows::wrongCode(code), kNewPassword)
            .status,
        400);
    QCOMPARE(m_stack.flows->changePassword(access, challengeId, code, QStringLiteral("short")).status, 400);
    QVERIFY(!types(access).contains(QStringLiteral("password-changed")));
    const TestReply changed = m_stack.flows->changePassword(access, challengeId, code, kNewPassword);
    QCOMPARE(changed.status, 200);
    const QString fresh = changed.json.value("accessToken").toString();
    const QJsonArray list = events(fresh);
    const QJsonObject event = list.first().toObject();
    QCOMPARE(event.value("type").toString(), QStringLiteral("password-changed"));
    QCOMPARE(event.value("device").toObject().value("name").toString(), QStringLiteral("Test machine"));
    QCOMPARE(types(fresh).count(QStringLiteral("password-changed")), 1);
}

void TestServerActivity::recoveryWritesEvent()
{
    const QString email = QStringLiteral("egor.act@example.com");
    QVERIFY(!signedIn(email).isEmpty());
    const TestReply started = m_stack.flows->startRecovery(email);
    QVERIFY2(started.status == 200 || started.status == 201, started.body.constData());
    const QString recoveryId = started.json.value("recoveryId").toString();
    const QString code = m_stack.flows->lastCode(email);
    QVERIFY(!code.isEmpty());
    QCOMPARE(
        m_stack.flows->recoveryComplete(recoveryId, TestAccountFlows::wrongCode(code), kNewPassword).status,
        400);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events e JOIN accounts a ON a.id = "
                                  "e.account_id WHERE a.email = ? AND e.type = 'password-recovered'"),
                   { email }),
             0);
    QCOMPARE(m_stack.flows->recoveryComplete(recoveryId, code, kNewPassword).status, 200);
    const QString access = m_stack.flows->signIn(email, kNewPassword).json.value("accessToken").toString();
    const QJsonObject event = first(events(access), QStringLiteral("password-recovered"));
    QVERIFY(!event.isEmpty());
    QVERIFY(!event.contains("device")); // nobody was signed in
    QCOMPARE(event.value("address").toString(), QStringLiteral("127.0.0.x"));
}

void TestServerActivity::emailChangeOnlyWhenItHappens()
{
    const QString email = QStringLiteral("fedor.act@example.com");
    const QString access = signedIn(email);
    QVERIFY(!access.isEmpty());
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("email"),
                              { { "email", "fedor.new@example.com" },
                                { "password", QStringLiteral("Wrong2026pass") } })
                 .status,
             403);
    const TestReply started = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", "fedor.new@example.com" }, { "password", kPassword } });
    QCOMPARE(started.status, 201);
    const QString code = m_stack.flows->lastCode(QStringLiteral("fedor.new@example.com"));
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("email"),
                              { { "challengeId", started.json.value("challengeId") },
                                { "code", TestAccountFlows::wrongCode(code) } })
                 .status,
             400);
    QVERIFY(!types(access).contains(QStringLiteral("email-changed")));
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("email"),
                              { { "challengeId", started.json.value("challengeId") }, { "code", code } })
                 .status,
             200);
    const QJsonObject event = newestEvent(access, email, QStringLiteral("email-changed"));
    QCOMPARE(event.value("device").toObject().value("name").toString(), QStringLiteral("Test machine"));
}

void TestServerActivity::deviceUnboundOnlyWithRightPassword()
{
    const QString email = QStringLiteral("galina.act@example.com");
    const QString access = signedIn(email, {}, QStringLiteral("pc-one"));
    QVERIFY(!access.isEmpty());
    QJsonObject other = TestClient::signInBody(email, kPassword, QStringLiteral("phone-two"));
    other[QStringLiteral("device")] = QJsonObject {
        { "id", "phone-two" }, { "name", "Galina's phone" }, { "kind", "phone" }, { "platform", "Android 14" }
    };
    QCOMPARE(m_stack.client->post(QStringLiteral("/v1/sessions"), other).status, 200);
    const auto unbind = [&](const QString& password) {
        return sendJson("DELETE", QStringLiteral("/v1/devices/phone-two"), { { "password", password } },
                        access);
    };
    QCOMPARE(unbind(QStringLiteral("Wrong2026pass")).status, 403);
    QVERIFY(!types(access).contains(QStringLiteral("device-unbound")));
    QCOMPARE(unbind(kPassword).status, 204);
    const QJsonObject event = newestEvent(access, email, QStringLiteral("device-unbound"));
    // The device unbound, as it was named: the event outlives it.
    QCOMPARE(event.value("device").toObject().value("name").toString(), QStringLiteral("Galina's phone"));
    QCOMPARE(event.value("device").toObject().value("platform").toString(), QStringLiteral("Android 14"));
}

void TestServerActivity::signOutOthersEndsEveryOtherSession()
{
    // DELETE /v1/sessions/others (#17's "Sign out on all other devices"): the other sessions end,
    // this one and every binding stay, and the event and the notice are there.
    const QString email = QStringLiteral("irina.act@example.com");
    const QString access = signedIn(email, {}, QStringLiteral("pc-one"));
    QVERIFY(!access.isEmpty());
    const TestReply phone = m_stack.flows->signIn(email, kPassword, QStringLiteral("phone-two"));
    QCOMPARE(phone.status, 200);
    const QString phoneRefresh = phone.json.value("refreshToken").toString();
    const QString phoneAccess = phone.json.value("accessToken").toString();
    const auto signOutOthers = [&](const QString& password) {
        return sendJson("DELETE", QStringLiteral("/v1/sessions/others"), { { "password", password } },
                        access);
    };

    const TestReply wrong = signOutOthers(QStringLiteral("Wrong2026pass"));
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    QVERIFY(!types(access).contains(QStringLiteral("signed-out-everywhere")));
    QCOMPARE(m_stack.client->get(QStringLiteral("/v1/account"), phoneAccess).status, 200);

    QCOMPARE(signOutOthers(kPassword).status, 204);
    QCOMPARE(m_stack.client->get(QStringLiteral("/v1/account"), phoneAccess).status, 401);
    const TestReply refreshed
        = m_stack.client->post(QStringLiteral("/v1/sessions/refresh"), { { "refreshToken", phoneRefresh } });
    QCOMPARE(refreshed.status, 401);
    QCOMPARE(m_stack.client->get(QStringLiteral("/v1/account"), access).status, 200);
    const QJsonObject event = newestEvent(access, email, QStringLiteral("signed-out-everywhere"));
    QCOMPARE(event.value("device").toObject().value("name").toString(), QStringLiteral("Test machine"));
    // Both devices stay bound.
    const QJsonArray devices
        = m_stack.client->get(QStringLiteral("/v1/devices"), access).json.value("devices").toArray();
    QCOMPARE(devices.size(), 2);
}

void TestServerActivity::twoStepOnAndOff()
{
    const QString email = QStringLiteral("hanna.act@example.com");
    const QString access = signedIn(email);
    QVERIFY(!access.isEmpty());
    const TestReply setup
        = sendJson("POST", QStringLiteral("/v1/account/two-step"), { { "password", kPassword } }, access);
    QCOMPARE(setup.status, 201);
    const QString secret = setup.json.value("secret").toString();
    const QString setupId = setup.json.value("setupId").toString();
    const QString code = TestTotp::code(secret);
    const QString wrong
        = code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    QCOMPARE(sendJson("POST", QStringLiteral("/v1/account/two-step/confirm"),
                      { { "setupId", setupId }, { "code", wrong } }, access)
                 .status,
             400);
    QVERIFY(!types(access).contains(QStringLiteral("two-step-enabled")));
    const TestReply confirmed = sendJson("POST", QStringLiteral("/v1/account/two-step/confirm"),
                                         { { "setupId", setupId }, { "code", code } }, access);
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(types(access).first(), QStringLiteral("two-step-enabled"));
    const QString backup = confirmed.json.value("backupCodes").toArray().first().toString();
    QCOMPARE(sendJson("DELETE", QStringLiteral("/v1/account/two-step"),
                      { { "password", kPassword }, { "code", QStringLiteral("00000000") } }, access)
                 .status,
             400);
    QVERIFY(!types(access).contains(QStringLiteral("two-step-disabled")));
    QCOMPARE(sendJson("DELETE", QStringLiteral("/v1/account/two-step"),
                      { { "password", kPassword }, { "code", backup } }, access)
                 .status,
             204);
    QCOMPARE(types(access).first(), QStringLiteral("two-step-disabled"));
    QCOMPARE(types(access).count(QStringLiteral("two-step-enabled")), 1);
}

void TestServerActivity::newDeviceVerifiedAndNotice()
{
    TestStack stack;
    QVERIFY2(stack.startVerifyingNewDevices(), qPrintable(stack.server->errorString()));
    const QString email = QStringLiteral("ivan.act@example.com");
    QVERIFY(stack.server->addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);
    const TestReply asked = stack.flows->signIn(email, kPassword, QStringLiteral("laptop"));
    QCOMPARE(asked.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    const TestReply ok = stack.flows->signInVerified(email, kPassword, asked.deviceChallengeId(),
                                                     stack.flows->lastCode(email), QStringLiteral("laptop"));
    QCOMPARE(ok.status, 200);
    const QString access = ok.json.value("accessToken").toString();
    const TestReply page = stack.client->get(QStringLiteral("/v1/account/activity"), access);
    QStringList seen;
    for (const QJsonValue& event : page.json.value("events").toArray())
        seen << event.toObject().value("type").toString();
    QCOMPARE(seen, (QStringList { QStringLiteral("sign-in"), QStringLiteral("new-device-verified") }));
    // The owner hears of the new device, with no code in the notice.
    QCOMPARE(stack.server->messageCount(email, QStringLiteral("new-device-sign-in")), 1);
    const QList<QJsonObject> outbox = stack.server->outboxEntries();
    for (const QJsonObject& entry : outbox) {
        if (entry.value("purpose").toString() == QLatin1String("new-device-sign-in"))
            QVERIFY(entry.value("code").toString().isEmpty());
    }
    // The same device, known now by its secret: no new notice.
    QJsonObject known = TestClient::signInBody(email, kPassword, QStringLiteral("laptop"));
    known.insert("deviceSecret", ok.json.value("deviceSecret"));
    QCOMPARE(stack.client->post(QStringLiteral("/v1/sessions"), known).status, 200);
    QCOMPARE(stack.server->messageCount(email, QStringLiteral("new-device-sign-in")), 1);
}

void TestServerActivity::paging()
{
    const QString access = signedIn(QStringLiteral("jana.act@example.com"));
    QVERIFY(!access.isEmpty());
    const qint64 id = accountIdOf(access);
    QVERIFY(id > 0);
    // Six older events; the last two share a time (two racing writers on PostgreSQL can do that).
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - kHourMs;
    const QList<qint64> offsets { 0, 1000, 2000, 3000, 4000, 4000 };
    for (int i = 0; i < offsets.size(); ++i)
        exec(QStringLiteral("INSERT INTO account_events (account_id, type, happened_at, address) VALUES "
                            "(?, 'password-changed', ?, ?)"),
             { id, base - offsets[i], QStringLiteral("198.51.100.%1").arg(i) });

    const auto page = [&](const QString& query) {
        return m_stack.client->get(QStringLiteral("/v1/account/activity") + query, access);
    };
    const TestReply one = page(QStringLiteral("?limit=3"));
    QCOMPARE(one.status, 200);
    QJsonArray list = one.json.value("events").toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).toObject().value("type").toString(), QStringLiteral("sign-in"));
    QCOMPARE(list.at(1).toObject().value("address").toString(), QStringLiteral("198.51.100.0"));
    QCOMPARE(list.at(2).toObject().value("address").toString(), QStringLiteral("198.51.100.1"));
    const QString next = one.json.value("next").toString();
    QCOMPARE(QDateTime::fromString(next, Qt::ISODateWithMs).toMSecsSinceEpoch(), base - 1000);

    // The tie at the page's end goes whole to the next page.
    const TestReply two = page(QStringLiteral("?limit=3&before=") + next);
    QCOMPARE(two.status, 200);
    list = two.json.value("events").toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value("address").toString(), QStringLiteral("198.51.100.2"));
    QCOMPARE(list.at(1).toObject().value("address").toString(), QStringLiteral("198.51.100.3"));
    const TestReply three = page(QStringLiteral("?limit=3&before=") + two.json.value("next").toString());
    list = three.json.value("events").toArray();
    QCOMPARE(list.size(), 2);
    QSet<QString> tied { list.at(0).toObject().value("address").toString(),
                         list.at(1).toObject().value("address").toString() };
    QCOMPARE(tied, (QSet<QString> { QStringLiteral("198.51.100.4"), QStringLiteral("198.51.100.5") }));
    QVERIFY(three.json.value("next").isNull());

    // Default 50, at most 100; everything at once here.
    const TestReply all = page({});
    QCOMPARE(all.json.value("events").toArray().size(), 7);
    QVERIFY(all.json.value("next").isNull());
    QCOMPARE(page(QStringLiteral("?limit=100")).status, 200);
    // Before the oldest: nothing.
    QCOMPARE(page(QStringLiteral("?before=2001-01-01T00:00:00Z")).json.value("events").toArray().size(), 0);
}

void TestServerActivity::badQueries()
{
    const QString access = signedIn(QStringLiteral("kira.act@example.com"));
    QVERIFY(!access.isEmpty());
    const QList<QPair<QString, QString>> bad {
        { QStringLiteral("?limit=0"), QStringLiteral("limit") },
        { QStringLiteral("?limit=101"), QStringLiteral("limit") },
        { QStringLiteral("?limit=-5"), QStringLiteral("limit") },
        { QStringLiteral("?limit=ten"), QStringLiteral("limit") },
        { QStringLiteral("?before=yesterday"), QStringLiteral("before") },
        { QStringLiteral("?before="), QStringLiteral("before") },
    };
    for (const auto& [query, field] : bad) {
        const TestReply reply = m_stack.client->get(QStringLiteral("/v1/account/activity") + query, access);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("E-FIELD-INVALID"));
        QCOMPARE(reply.errorField(), field);
    }
    QCOMPARE(m_stack.client->get(QStringLiteral("/v1/account/activity")).status, 401);
}

void TestServerActivity::exportContentAndSecrets()
{
    const QString email = QStringLiteral("lev.act@example.com");
    const QString phone = QStringLiteral("+79165551020");
    QVERIFY(m_stack.server->addAccount(email, phone, QStringLiteral("RU"), kPassword) > 0);
    const TestReply signIn = m_stack.flows->signIn(email, kPassword, QStringLiteral("lev-pc"));
    QCOMPARE(signIn.status, 200);
    const QString access = signIn.json.value("accessToken").toString();
    const QString refresh = signIn.json.value("refreshToken").toString();
    // Two-step on, so a TOTP secret and backup codes exist to be left out; a password change, so
    // codes went out too.
    const TestReply setup
        = sendJson("POST", QStringLiteral("/v1/account/two-step"), { { "password", kPassword } }, access);
    const QString secret = setup.json.value("secret").toString();
    const TestReply confirmed = sendJson(
        "POST", QStringLiteral("/v1/account/two-step/confirm"),
        { { "setupId", setup.json.value("setupId") }, { "code", TestTotp::code(secret) } }, access);
    QCOMPARE(confirmed.status, 200);
    const TestReply started = m_stack.flows->startPasswordChange(access, QStringLiteral("email"));
    QCOMPARE(started.status, 201);
    const QString sentCode = m_stack.flows->lastCode(email);

    const QByteArray body = QJsonDocument(QJsonObject { { "password", kPassword } }).toJson();
    const TestReply reply = m_stack.client->send("POST", QStringLiteral("/v1/account/export"), body, access);
    QCOMPARE(reply.status, 200);
    QByteArray contentType;
    QByteArray disposition;
    for (const auto& [name, value] : reply.headers) {
        if (name.toLower() == "content-type")
            contentType = value;
        if (name.toLower() == "content-disposition")
            disposition = value;
    }
    const qint64 id = accountIdOf(access);
    QVERIFY(contentType.startsWith("application/json"));
    QCOMPARE(disposition,
             QStringLiteral("attachment; filename=\"account-%1-export.json\"").arg(id).toLatin1());

    const QJsonObject document = reply.json;
    QVERIFY(QDateTime::fromString(document.value("exportedAt").toString(), Qt::ISODateWithMs).isValid());
    const QJsonObject account = document.value("account").toObject();
    QCOMPARE(qint64(account.value("accountId").toDouble()), id);
    QCOMPARE(account.value("email").toString(), email);
    QCOMPARE(account.value("phone").toString(), phone);
    QCOMPARE(account.value("region").toString(), QStringLiteral("RU"));
    QVERIFY(QDateTime::fromString(account.value("createdAt").toString(), Qt::ISODate).isValid());
    QCOMPARE(account.value("marketingOptIn"), QJsonValue(false));
    QCOMPARE(account.value("twoStep"), QJsonValue(true));
    const QJsonArray devices = document.value("devices").toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.first().toObject().value("id").toString(), QStringLiteral("lev-pc"));
    const QJsonArray sessions = document.value("sessions").toArray();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject session = sessions.first().toObject();
    QCOMPARE(session.value("device").toObject().value("name").toString(), QStringLiteral("Test machine"));
    QVERIFY(QDateTime::fromString(session.value("created").toString(), Qt::ISODate).isValid());
    QVERIFY(QDateTime::fromString(session.value("lastUsed").toString(), Qt::ISODate).isValid());
    QStringList activity;
    for (const QJsonValue& event : document.value("activity").toArray())
        activity << event.toObject().value("type").toString();
    QCOMPARE(activity, (QStringList { QStringLiteral("two-step-enabled"), QStringLiteral("sign-in") }));

    // Never a password, hash, token, code or secret.
    const QString hash
        = m_stack.server
              ->queryValue(QStringLiteral("SELECT password_hash FROM accounts WHERE id = ?"), { id })
              .toString();
    QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
    QStringList secrets { kPassword, hash,    hash.section(QLatin1Char('$'), -1), access, refresh,
                          secret,    sentCode };
    for (const QJsonValue& backup : confirmed.json.value("backupCodes").toArray())
        secrets << backup.toString();
    if (signIn.json.contains("deviceSecret"))
        secrets << signIn.json.value("deviceSecret").toString();
    for (const QJsonObject& entry : m_stack.server->outboxEntries()) {
        if (!entry.value("code").toString().isEmpty())
            secrets << entry.value("code").toString();
    }
    const QString text = QString::fromUtf8(reply.body);
    for (const QString& secretText : secrets) {
        QVERIFY(!secretText.isEmpty());
        QVERIFY2(!text.contains(secretText),
                 qPrintable(QStringLiteral("the export holds a secret: %1…").arg(secretText.left(4))));
    }
    for (const char* word : { "hash", "token", "secret", "backup", "password" })
        QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), word);
}

void TestServerActivity::exportNeedsPasswordAndWaitsAnHour()
{
    const QString access = signedIn(QStringLiteral("maria.act@example.com"));
    QVERIFY(!access.isEmpty());
    const qint64 id = accountIdOf(access);
    const auto exportWith = [&](const QString& password) {
        return sendJson("POST", QStringLiteral("/v1/account/export"), { { "password", password } }, access);
    };
    const TestReply wrong = exportWith(QStringLiteral("Wrong2026pass"));
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    QCOMPARE(wrong.errorField(), QStringLiteral("password"));
    // Counted towards the account's sign-in lock, like every password asked again.
    QCOMPARE(m_stack.server->accountLoginFailures(id), 1);
    QCOMPARE(sendJson("POST", QStringLiteral("/v1/account/export"), {}, access).status, 400);
    // A refused password did not use the hour up.
    QCOMPARE(exportWith(kPassword).status, 200);
    const TestReply again = exportWith(kPassword);
    QCOMPARE(again.status, 429);
    QCOMPARE(again.errorCode(), QStringLiteral("E-RATE-LIMITED"));
    const QDateTime until
        = QDateTime::fromString(again.json.value("error").toObject().value("until").toString(), Qt::ISODate);
    QVERIFY(until.isValid());
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(until);
    QVERIFY2(wait > 50 * 60 * 1000 && wait <= kHourMs + 1000, qPrintable(QString::number(wait)));
    // An hour later (the last export moved back), it is allowed again.
    exec(QStringLiteral("UPDATE account_exports SET exported_at = exported_at - ? WHERE account_id = ?"),
         { kHourMs, id });
    QCOMPARE(exportWith(kPassword).status, 200);
}

void TestServerActivity::deletionErasesEvents()
{
    const QString email = QStringLiteral("nina.act@example.com");
    const QString access = signedIn(email);
    QVERIFY(!access.isEmpty());
    const qint64 id = accountIdOf(access);
    QCOMPARE(
        sendJson("POST", QStringLiteral("/v1/account/export"), { { "password", kPassword } }, access).status,
        200);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM account_events WHERE account_id = ?"), { id }) > 0);
    const TestReply started = sendJson("POST", QStringLiteral("/v1/account/deletion/challenges"), {}, access);
    QCOMPARE(started.status, 201);
    const TestReply deleted = sendJson("DELETE", QStringLiteral("/v1/account"),
                                       { { "password", kPassword },
                                         { "challengeId", started.json.value("challengeId") },
                                         { "code", m_stack.flows->lastCode(email) } },
                                       access);
    QCOMPARE(deleted.status, 204);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events WHERE account_id = ?"), { id }), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_exports WHERE account_id = ?"), { id }), 0);
}

void TestServerActivity::housekeepingPrunesAfter180Days()
{
    const QString access = signedIn(QStringLiteral("oleg.act@example.com"));
    QVERIFY(!access.isEmpty());
    const qint64 id = accountIdOf(access);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    exec(QStringLiteral("INSERT INTO account_events (account_id, type, happened_at, address) VALUES "
                        "(?, 'password-changed', ?, '192.0.2.x')"),
         { id, now - 181 * kDayMs });
    exec(QStringLiteral("INSERT INTO account_events (account_id, type, happened_at, address) VALUES "
                        "(?, 'email-changed', ?, '192.0.2.x')"),
         { id, now - 179 * kDayMs });
    // Past 180 days an event is not shown, whether housekeeping has run yet or not.
    QCOMPARE(types(access), (QStringList { QStringLiteral("sign-in"), QStringLiteral("email-changed") }));
    // Housekeeping runs at start (and every ten minutes).
    QVERIFY(m_stack.server->stop());
    QVERIFY2(m_stack.server->start(serverArgs()), qPrintable(m_stack.server->errorString()));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events WHERE account_id = ? AND type = "
                                  "'password-changed'"),
                   { id }),
             0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM account_events WHERE account_id = ? AND type = "
                                  "'email-changed'"),
                   { id }),
             1);
}

QTEST_MAIN(TestServerActivity)
#include "tst_server_activity.moc"
