// SPDX-License-Identifier: Apache-2.0
// Forty wrong codes at once at one challenge of every kind, sent alternately to two server processes
// over one database (SQLite file or PostgreSQL): five are judged (E-CODE-WRONG), every other one is
// E-CODE-ATTEMPTS-EXCEEDED. The try is counted in the statement that checks one is left
// (VerificationStore::claimAttempt), so no request is judged on a count read before the others.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>
#include <functional>
#include <memory>
#include <vector>

namespace {
const QString kPassword = QStringLiteral("Race2026secure");

// A flow a test started: its ID (a registration, recovery or challenge) and the right code for it.
struct Started
{
    QString id;
    QString right;
    QByteArray body; // the start's answer, for the message when it failed
};
} // namespace

class TestServerCodeRaces : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registration();
    void newDevice();
    void recovery();
    void passwordChange();
    void contactChange();
    void deletion();

private:
    // 40 requests at once, half to each server; body(i) is the i-th request's body. Their outcomes
    // (TestClient::finishAll).
    QMap<QString, int> fire(const QByteArray& method, const QString& path,
                            const std::function<QJsonObject(int)>& body, const QString& token = {});
    // fire() with 40 wrong codes at once: `fields` and a "code", never the right one.
    QMap<QString, int> fireWrongCodes(const QByteArray& method, const QString& path, const QString& right,
                                      const QJsonObject& fields = {}, const QString& token = {});
    // `key` of the start's answer and the newest code sent to `destination`.
    Started started(const TestReply& reply, const char* key, const QString& destination);
    // Five codes judged (E-CODE-WRONG), and the 35 others refused unjudged, nothing else.
    static void expectFiveJudged(const QMap<QString, int>& outcomes);
    // The i-th wrong code: six digits, never `right`.
    static QString wrongCode(int i, const QString& right);
    // An account of its own for each test, signed in on `device` (the new-device code entered).
    QString newAccountSignedIn(const QString& email, const QString& device = QStringLiteral("laptop"));

    TestServer m_first;
    TestServer m_second;
    std::vector<std::unique_ptr<TestClient>> m_clients; // two per server: 24 requests in flight
    std::unique_ptr<TestAccountFlows> m_flows; // through the first server, whose outbox has the codes
};

void TestServerCodeRaces::initTestCase()
{
    m_first.setNewDeviceVerification(true);
    QVERIFY2(m_first.start(), qPrintable(m_first.errorString()));
    m_second.shareDatabaseWith(m_first);
    m_second.setNewDeviceVerification(true);
    QVERIFY2(m_second.start(), qPrintable(m_second.errorString()));
    for (int i = 0; i < 4; ++i)
        m_clients.push_back(std::make_unique<TestClient>(i % 2 ? m_second.url() : m_first.url()));
    m_flows = std::make_unique<TestAccountFlows>(&m_first, m_clients.front().get());
}

QString TestServerCodeRaces::wrongCode(int i, const QString& right)
{
    QString code = QStringLiteral("%1").arg((i + 1) * 7919 % 1000000, 6, 10, QLatin1Char('0'));
    return code == right ? QStringLiteral("999999") : code;
}

QString TestServerCodeRaces::newAccountSignedIn(const QString& email, const QString& device)
{
    if (m_first.addAccount(email, {}, QStringLiteral("RU"), kPassword) <= 0)
        return {};
    TestReply reply = m_flows->signIn(email, kPassword, device);
    if (reply.errorCode() == QLatin1String("E-DEVICE-VERIFICATION-REQUIRED"))
        reply = m_flows->signInVerified(email, kPassword, reply.deviceChallengeId(), m_flows->lastCode(email),
                                        device);
    return reply.json.value(QStringLiteral("accessToken")).toString();
}

QMap<QString, int> TestServerCodeRaces::fire(const QByteArray& method, const QString& path,
                                             const std::function<QJsonObject(int)>& body,
                                             const QString& token)
{
    QList<QNetworkReply*> pending;
    for (int i = 0; i < 40; ++i)
        pending << m_clients[size_t(i) % m_clients.size()]->start(
            method, path, QJsonDocument(body(i)).toJson(QJsonDocument::Compact), token);
    return TestClient::finishAll(pending, 60000);
}

QMap<QString, int> TestServerCodeRaces::fireWrongCodes(const QByteArray& method, const QString& path,
                                                       const QString& right, const QJsonObject& fields,
                                                       const QString& token)
{
    return fire(
        method, path,
        [&](int i) {
            QJsonObject body = fields;
            body.insert(QStringLiteral("code"), wrongCode(i, right));
            return body;
        },
        token);
}

Started TestServerCodeRaces::started(const TestReply& reply, const char* key, const QString& destination)
{
    return { reply.json.value(QLatin1String(key)).toString(), m_flows->lastCode(destination), reply.body };
}

void TestServerCodeRaces::expectFiveJudged(const QMap<QString, int>& outcomes)
{
    QStringList seen;
    for (auto outcome = outcomes.cbegin(); outcome != outcomes.cend(); ++outcome)
        seen << QStringLiteral("%1 × %2").arg(outcome.value()).arg(outcome.key());
    qInfo("%s: %s", QTest::currentTestFunction(), qPrintable(seen.join(QStringLiteral(", "))));
    QCOMPARE(outcomes.value(QStringLiteral("E-CODE-WRONG")), 5);
    QCOMPARE(outcomes.value(QStringLiteral("E-CODE-ATTEMPTS-EXCEEDED")), 35);
    QCOMPARE(outcomes.size(), 2); // nothing else: no success, no other error
}

void TestServerCodeRaces::registration()
{
    TestRegistration registrations(&m_first, m_clients.front().get());
    const QString email = QStringLiteral("race-reg@example.com");
    const TestReply start = registrations.startEmail(email);
    QCOMPARE(start.status, 201);
    const QString id = start.json.value(QStringLiteral("registrationId")).toString();
    const QString right = registrations.lastCode(email);
    expectFiveJudged(fireWrongCodes("POST", QStringLiteral("/v1/registrations/%1/verify").arg(id), right));
    // The right code is dead now too.
    QCOMPARE(registrations.verify(id, right).errorCode(), QStringLiteral("E-CODE-ATTEMPTS-EXCEEDED"));
}

void TestServerCodeRaces::newDevice()
{
    const QString email = QStringLiteral("race-device@example.com");
    QVERIFY(!newAccountSignedIn(email).isEmpty());
    const TestReply asked = m_flows->signIn(email, kPassword, QStringLiteral("new-pc"));
    QCOMPARE(asked.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    const QString challengeId = asked.deviceChallengeId();
    const QString right = m_flows->lastCode(email);
    // Each with a solved captcha: forty sign-ins to one account at once would otherwise be asked
    // for one before their codes are looked at.
    QList<QJsonObject> captchas;
    for (int i = 0; i < 40; ++i)
        captchas << m_flows->solvedCaptcha();
    expectFiveJudged(fire("POST", QStringLiteral("/v1/sessions"), [&](int i) {
        QJsonObject body = TestClient::verifiedSignInBody(email, kPassword, challengeId, wrongCode(i, right),
                                                          QStringLiteral("new-pc"));
        body.insert(QStringLiteral("captcha"), captchas.at(i));
        return body;
    }));
}

void TestServerCodeRaces::recovery()
{
    const QString email = QStringLiteral("race-recovery@example.com");
    QVERIFY(m_first.addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);
    const Started race = started(m_flows->startRecovery(email), "recoveryId", email);
    QVERIFY2(!race.id.isEmpty(), race.body.constData());
    expectFiveJudged(
        fireWrongCodes("POST", QStringLiteral("/v1/recoveries/%1/verify").arg(race.id), race.right));
}

void TestServerCodeRaces::passwordChange()
{
    const QString email = QStringLiteral("race-password@example.com");
    const QString token = newAccountSignedIn(email);
    QVERIFY(!token.isEmpty());
    const Started race = started(m_flows->startPasswordChange(token), "challengeId", email);
    QVERIFY2(!race.id.isEmpty(), race.body.constData());
    expectFiveJudged(fireWrongCodes("POST", QStringLiteral("/v1/account/password"), race.right,
                                    { { QStringLiteral("challengeId"), race.id },
                                      { QStringLiteral("newPassword"), QStringLiteral("Nova2026secure") } },
                                    token));
}

void TestServerCodeRaces::contactChange()
{
    const QString email = QStringLiteral("race-contact@example.com");
    const QString token = newAccountSignedIn(email);
    QVERIFY(!token.isEmpty());
    const QString newEmail = QStringLiteral("race-contact-new@example.com");
    const Started race = started(m_flows->putContact(token, QStringLiteral("email"),
                                                     { { QStringLiteral("email"), newEmail },
                                                       { QStringLiteral("password"), kPassword } }),
                                 "challengeId", newEmail);
    QVERIFY2(!race.id.isEmpty(), race.body.constData());
    expectFiveJudged(fireWrongCodes("PUT", QStringLiteral("/v1/account/email"), race.right,
                                    { { QStringLiteral("challengeId"), race.id } }, token));
}

void TestServerCodeRaces::deletion()
{
    const QString email = QStringLiteral("race-deletion@example.com");
    const QString token = newAccountSignedIn(email);
    QVERIFY(!token.isEmpty());
    const Started race = started(
        m_clients.front()->send("POST", QStringLiteral("/v1/account/deletion/challenges"), "{}", token),
        "challengeId", email);
    QVERIFY2(!race.id.isEmpty(), race.body.constData());
    expectFiveJudged(fireWrongCodes(
        "DELETE", QStringLiteral("/v1/account"), race.right,
        { { QStringLiteral("password"), kPassword }, { QStringLiteral("challengeId"), race.id } }, token));
}

QTEST_GUILESS_MAIN(TestServerCodeRaces)
#include "tst_server_code_races.moc"
