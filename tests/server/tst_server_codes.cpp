// SPDX-License-Identifier: Apache-2.0
// Verification codes against a real account-server: wrong codes and attempts, expiry, resend
// timing and the per-destination hourly limit. Servers with short hidden timings make it quick.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "TestStack.h"

#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QtTest>

class TestServerCodes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void wrongCodesCountDown();
    void deadAfterFiveUntilResend();
    void codeExpires();
    void resendTooEarly();
    void resendReplacesCodeAndLink();
    void resendLimitPerDestination();
    void strangersRecoveriesLeaveTheOwnersCodes();
    void dailyLimitPerDestination();

private:
    static QString wrongCode(const QString& right) { return TestAccountFlows::wrongCode(right); }
    // A server that resends at once, and a registration started on it by `email`: its ID, empty when
    // the server did not start or refused the registration.
    QString registrationWithoutResendWait(const QString& email);

    TestStack m_stack;
};

QString TestServerCodes::registrationWithoutResendWait(const QString& email)
{
    if (!m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }))
        return {};
    return m_stack.registration->startEmail(email).json.value("registrationId").toString();
}

void TestServerCodes::init()
{
    m_stack.reset();
}

void TestServerCodes::cleanup()
{
    init();
}

void TestServerCodes::wrongCodesCountDown()
{
    QVERIFY(m_stack.start({}));
    const TestReply started = m_stack.registration->startPhone(QStringLiteral("+79161112233"));
    QCOMPARE(started.status, 201);
    const QString id = started.json.value("registrationId").toString();
    const QString code = m_stack.registration->lastCode(QStringLiteral("+79161112233"));
    for (int left : { 4, 3, 2, 1 }) {
        const TestReply reply = m_stack.registration->verify(id, wrongCode(code));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("E-CODE-WRONG"));
        QCOMPARE(reply.errorField(), QStringLiteral("code"));
        QCOMPARE(reply.json.value("error").toObject().value("attemptsLeft").toInt(-1), left);
    }
    // Still one try: the right code works.
    QCOMPARE(m_stack.registration->verify(id, code).status, 200);
}

void TestServerCodes::deadAfterFiveUntilResend()
{
    const QString id = registrationWithoutResendWait(QStringLiteral("five@example.com"));
    QVERIFY(!id.isEmpty());
    const QString code = m_stack.registration->lastCode(QStringLiteral("five@example.com"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_stack.registration->verify(id, wrongCode(code)).status, 400);
    const TestReply fifth = m_stack.registration->verify(id, wrongCode(code));
    QCOMPARE(fifth.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(fifth.json.value("error").toObject().value("attemptsLeft").toInt(-1), 0);
    const TestReply dead = m_stack.registration->verify(id, code);
    QCOMPARE(dead.status, 410);
    QCOMPARE(dead.errorCode(), QStringLiteral("E-CODE-ATTEMPTS-EXCEEDED"));
    QCOMPARE(m_stack.registration->status(id).json.value("expiresIn").toInt(), 0);

    const TestReply resent = m_stack.registration->resend(id);
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json.value("registrationId").toString(), id);
    QCOMPARE(resent.json.value("expiresIn").toInt(), 600);
    const QString fresh = m_stack.registration->lastCode(QStringLiteral("five@example.com"));
    const TestReply wrong = m_stack.registration->verify(id, wrongCode(fresh));
    QCOMPARE(wrong.json.value("error").toObject().value("attemptsLeft").toInt(-1), 4);
    QCOMPARE(m_stack.registration->verify(id, fresh).status, 200);
}

void TestServerCodes::codeExpires()
{
    QVERIFY(m_stack.start({ QStringLiteral("--code-ttl"), QStringLiteral("1"),
                            QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    const TestReply started = m_stack.registration->startEmail(QStringLiteral("late@example.com"));
    QCOMPARE(started.json.value("expiresIn").toInt(), 1);
    const QString id = started.json.value("registrationId").toString();
    const QString code = m_stack.registration->lastCode(QStringLiteral("late@example.com"));
    QThread::msleep(1500);
    const TestReply expired = m_stack.registration->verify(id, code);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.errorCode(), QStringLiteral("E-CODE-EXPIRED"));
    // The registration itself lives on: a resend gives a code that works.
    QCOMPARE(m_stack.registration->resend(id).status, 200);
    QCOMPARE(
        m_stack.registration->verify(id, m_stack.registration->lastCode(QStringLiteral("late@example.com")))
            .status,
        200);
}

void TestServerCodes::resendTooEarly()
{
    QVERIFY(m_stack.start({}));
    const TestReply started = m_stack.registration->startPhone(QStringLiteral("9161112244"));
    const QString id = started.json.value("registrationId").toString();
    QVERIFY(!id.isEmpty());
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const TestReply early = m_stack.registration->resend(id);
    QCOMPARE(early.status, 429);
    QCOMPARE(early.errorCode(), QStringLiteral("E-RESEND-TOO-EARLY"));
    const QDateTime until
        = QDateTime::fromString(early.json.value("error").toObject().value("until").toString(), Qt::ISODate);
    QVERIFY(until.isValid());
    QVERIFY(qAbs(sent.secsTo(until) - 60) <= 5);
    QCOMPARE(m_stack.registration->messageCount(QStringLiteral("+79161112244")), 1);
    const int resendAfter = m_stack.registration->status(id).json.value("resendAfter").toInt();
    QVERIFY(resendAfter > 50 && resendAfter <= 60);
}

void TestServerCodes::resendReplacesCodeAndLink()
{
    const QString id = registrationWithoutResendWait(QStringLiteral("again@example.com"));
    QVERIFY(!id.isEmpty());
    const QJsonObject first = m_stack.registration->lastMessage(QStringLiteral("again@example.com"));
    QCOMPARE(m_stack.registration->resend(id).status, 200);
    const QJsonObject second = m_stack.registration->lastMessage(QStringLiteral("again@example.com"));
    QVERIFY(first.value("link") != second.value("link"));
    const QUrl oldLink(first.value("link").toString());
    QCOMPARE(m_stack.client->get(oldLink.path() + QLatin1Char('?') + oldLink.query()).status, 404);
    if (first.value("code") != second.value("code")) {
        const TestReply old = m_stack.registration->verify(id, first.value("code").toString());
        QCOMPARE(old.errorCode(), QStringLiteral("E-CODE-WRONG"));
    }
    QCOMPARE(m_stack.registration->verify(id, second.value("code").toString()).status, 200);
}

void TestServerCodes::resendLimitPerDestination()
{
    const QString id = registrationWithoutResendWait(QStringLiteral("many@example.com"));
    QVERIFY(!id.isEmpty());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_stack.registration->resend(id).status, 200);
    QCOMPARE(m_stack.registration->messageCount(QStringLiteral("many@example.com")), 5);
    const TestReply sixth = m_stack.registration->resend(id);
    QCOMPARE(sixth.status, 429);
    QCOMPARE(sixth.errorCode(), QStringLiteral("E-RESEND-LIMIT"));
    const QDateTime until
        = QDateTime::fromString(sixth.json.value("error").toObject().value("until").toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 3600) <= 10);
    // Per destination, not per registration: a new registration (any spelling) is refused too ...
    const TestReply again = m_stack.registration->startEmail(QStringLiteral("MANY@example.com "));
    QCOMPARE(again.status, 429);
    QCOMPARE(again.errorCode(), QStringLiteral("E-RESEND-LIMIT"));
    QCOMPARE(m_stack.registration->messageCount(QStringLiteral("many@example.com")), 5);
    // ... while other destinations are not affected, and the counts survive a restart (in the DB).
    QCOMPARE(m_stack.registration->startEmail(QStringLiteral("other@example.com")).status, 201);
    QVERIFY(m_stack.server->stop());
    QVERIFY(m_stack.server->start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    m_stack.client = std::make_unique<TestClient>(m_stack.server->url());
    m_stack.registration = std::make_unique<TestRegistration>(m_stack.server.get(), m_stack.client.get());
    QCOMPARE(m_stack.registration->resend(id).errorCode(), QStringLiteral("E-RESEND-LIMIT"));
    // The code sent last still works.
    QCOMPARE(
        m_stack.registration->verify(id, m_stack.registration->lastCode(QStringLiteral("many@example.com")))
            .status,
        200);
}

void TestServerCodes::strangersRecoveriesLeaveTheOwnersCodes()
{
    QVERIFY(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    const QString email = QStringLiteral("owner@example.com");
    const QString password = QStringLiteral("Owner2026pass");
    QVERIFY(m_stack.server->addAccount(email, {}, QStringLiteral("RU"), password) > 0);
    TestAccountFlows flows(m_stack.server.get(), m_stack.client.get());
    // A stranger who knows the address asks for recoveries: each gets few codes...
    const QString first = flows.startRecovery(email).json.value(QStringLiteral("recoveryId")).toString();
    QVERIFY(!first.isEmpty());
    QCOMPARE(flows.recoveryResend(first).status, 200);
    QCOMPARE(flows.recoveryResend(first).status, 200);
    const TestReply spent = flows.recoveryResend(first);
    QCOMPARE(spent.status, 429);
    QCOMPARE(spent.errorCode(), QStringLiteral("E-RESEND-LIMIT"));
    // ...and all recoveries together at most five an hour.
    const QString second = flows.startRecovery(email).json.value(QStringLiteral("recoveryId")).toString();
    QVERIFY(!second.isEmpty());
    QCOMPARE(flows.recoveryResend(second).status, 200);
    QCOMPARE(flows.messageCount(email), 5);
    QCOMPARE(flows.recoveryResend(second).errorCode(), QStringLiteral("E-RESEND-LIMIT"));
    // The owner's own codes are counted apart: signing in and changing the password still work.
    const QString token = flows.signIn(email, password).json.value(QStringLiteral("accessToken")).toString();
    QVERIFY(!token.isEmpty());
    const TestReply own = flows.startPasswordChange(token);
    QCOMPARE(own.status, 201);
    QCOMPARE(flows.messageCount(email), 6);
}

void TestServerCodes::dailyLimitPerDestination()
{
    QVERIFY(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    // Ten codes to one address over the last day, none in the last hour (set in the database: the
    // hourly limit keeps a test from sending them).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    {
        QSqlDatabase db = m_stack.server->openDatabase(QStringLiteral("sends"));
        for (int i = 0; i < 10; ++i) {
            QSqlQuery insert(db);
            insert.prepare(
                QStringLiteral("INSERT INTO code_sends (destination, sent_at, quota) VALUES (?, ?, 'open')"));
            insert.addBindValue(QStringLiteral("daily@example.com"));
            insert.addBindValue(now - (2 + 2 * i) * hour);
            QVERIFY(insert.exec());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("sends"));
    const TestReply refused = m_stack.registration->startEmail(QStringLiteral("daily@example.com"));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-RESEND-LIMIT"));
    // Until the oldest of the ten is a day old: 20 hours ago, so in about four hours.
    const QDateTime until = QDateTime::fromString(
        refused.json.value("error").toObject().value("until").toString(), Qt::ISODate);
    QVERIFY2(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 4 * 3600) <= 60,
             qPrintable(until.toString()));
    QCOMPARE(m_stack.registration->messageCount(QStringLiteral("daily@example.com")), 0);
}

QTEST_GUILESS_MAIN(TestServerCodes)
#include "tst_server_codes.moc"
