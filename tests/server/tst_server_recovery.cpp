// SPDX-License-Identifier: Apache-2.0
// Forgotten-password recovery against a real account-server over TLS: by email, phone and account
// ID, the choice of channel, completion (sessions revoked, lock cleared), rate limits, and that a
// login without an account cannot be told from one with an account by any reply.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"
#include "TestTable.h"
#include "TestWebhook.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QtTest>

namespace {
const QString kOld = QStringLiteral("Rita2026pass");
const QString kNew = QStringLiteral("Back2027again");

// Everything about a reply but the values that differ anyway (IDs, masked destinations):
// status, every key, every value's JSON type, nested objects and arrays alike.
QString shapeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + QLatin1Char(':') + shapeOf(it.value());
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts << shapeOf(item);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    default:
        return QStringLiteral("null");
    }
}

// The values that must match too: what the user would see besides the masked address.
QStringList valuesOf(const TestReply& reply)
{
    QStringList values { QString::number(reply.status), reply.errorCode(), reply.errorField() };
    for (const char* key : { "channel", "resendAfter", "expiresIn", "codeLength", "verified" })
        values << reply.json.value(QLatin1String(key)).toVariant().toString();
    values << QString::number(reply.json.value("error").toObject().value("attemptsLeft").toInt(-1));
    for (const QJsonValue& choice : reply.json.value("choices").toArray())
        values << choice.toObject().value("via").toString();
    return values;
}
} // namespace

class TestServerRecovery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void byEmail();
    void byPhone();
    void byAccountIdWithChoice();
    void viaGivenAtStart();
    void unknownLoginsLookTheSame_data();
    void unknownLoginsLookTheSame();
    void knownAndUnknownAnswerAsFast();
    void rateLimits();
    void revokesSessionsAndClearsLock();
    void inputRules();

private:
    void compareReplies(const TestReply& known, const TestReply& unknown, const char* step);

    TestStack m_stack;
};

void TestServerRecovery::init()
{
    // A server per test: the per-address limit (20 an hour) would otherwise carry over.
    m_stack.reset();
}

void TestServerRecovery::cleanup()
{
    init();
}

void TestServerRecovery::compareReplies(const TestReply& known, const TestReply& unknown, const char* step)
{
    QVERIFY2(shapeOf(known.json) == shapeOf(unknown.json),
             qPrintable(QStringLiteral("%1: %2 vs %3")
                            .arg(QLatin1String(step), shapeOf(known.json), shapeOf(unknown.json))));
    QCOMPARE(valuesOf(unknown), valuesOf(known));
}

void TestServerRecovery::byEmail()
{
    QVERIFY(m_stack.start());
    const qint64 id
        = m_stack.server->addAccount(QStringLiteral("rita@example.com"), {}, QStringLiteral("RU"), kOld);
    QVERIFY(id > 0);
    const TestReply started = m_stack.flows->startRecovery(QStringLiteral(" Rita@Example.com "));
    QCOMPARE(started.status, 201);
    const QString recoveryId = started.json.value("recoveryId").toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(recoveryId).hasMatch());
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("r***@example.com"));
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("email"));
    QCOMPARE(started.json.value("codeLength").toInt(), 6);
    const QJsonArray choices = started.json.value("choices").toArray();
    QCOMPARE(choices.size(), 1);
    QCOMPARE(choices.at(0).toObject().value("via").toString(), QStringLiteral("email"));
    const QJsonObject message = m_stack.flows->lastMessage(QStringLiteral("rita@example.com"));
    QCOMPARE(message.value("purpose").toString(), QStringLiteral("recovery"));
    const QString code = message.value("code").toString();

    const TestReply wrong = m_stack.flows->recoveryVerify(recoveryId, TestAccountFlows::wrongCode(code));
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrong.json.value("error").toObject().value("attemptsLeft").toInt(), 4);
    const TestReply verified = m_stack.flows->recoveryVerify(recoveryId, code);
    QCOMPARE(verified.status, 200);
    QCOMPARE(verified.json.value("verified").toBool(), true);
    // Verifying only looks: a weak password is refused and the code still works afterwards.
    QCOMPARE(m_stack.flows->recoveryComplete(recoveryId, code, QStringLiteral("short")).errorCode(),
             QStringLiteral("E-PASSWORD-WEAK"));
    const TestReply same = m_stack.flows->recoveryComplete(recoveryId, code, kOld);
    QVERIFY(same.json.value("error").toObject().value("reasons").toArray().contains(
        QStringLiteral("same_as_current")));
    const TestReply done = m_stack.flows->recoveryComplete(recoveryId, code, kNew);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value("accountId").toInteger(), id);
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("rita@example.com"), kOld).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("rita@example.com"), kNew).status, 200);
    QCOMPARE(m_stack.flows->lastMessage(QStringLiteral("rita@example.com")).value("purpose").toString(),
             QStringLiteral("password-changed"));
    // Finished: the ID is gone.
    QCOMPARE(m_stack.flows->recoveryComplete(recoveryId, code, kNew).errorCode(),
             QStringLiteral("E-RECOVERY-NOT-FOUND"));
}

void TestServerRecovery::byPhone()
{
    QVERIFY(m_stack.start());
    QVERIFY(m_stack.server->addAccount({}, QStringLiteral("+79167770011"), QStringLiteral("RU"), kOld) > 0);
    const TestReply started = m_stack.flows->startRecovery(QStringLiteral("+79167770011"));
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("sms"));
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("+7 *** ***-00-11"));
    const QString recoveryId = started.json.value("recoveryId").toString();
    const QString code = m_stack.flows->lastCode(QStringLiteral("+79167770011"));
    QCOMPARE(m_stack.flows->recoveryComplete(recoveryId, code, kNew).status, 200);
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("+79167770011"), kNew).status, 200);
}

void TestServerRecovery::byAccountIdWithChoice()
{
    QVERIFY(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    const qint64 id = m_stack.server->addAccount(QStringLiteral("both@example.com"),
                                                 QStringLiteral("+79167770022"), QStringLiteral("RU"), kOld);
    QVERIFY(id > 0);
    const TestReply started = m_stack.flows->startRecovery(QString::number(id));
    QCOMPARE(started.status, 201);
    // Nothing sent yet: the app offers the masked choices.
    QVERIFY(!started.json.contains("sentTo"));
    QCOMPARE(started.json.value("choices").toArray().size(), 2);
    QCOMPARE(started.json.value("choices").toArray().at(0).toObject().value("sentTo").toString(),
             QStringLiteral("+7 *** ***-00-22"));
    QCOMPARE(started.json.value("choices").toArray().at(1).toObject().value("sentTo").toString(),
             QStringLiteral("b***@example.com"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("both@example.com")), 0);
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("+79167770022")), 0);
    const QString recoveryId = started.json.value("recoveryId").toString();
    const TestReply noChannel = m_stack.flows->recoveryResend(recoveryId);
    QCOMPARE(noChannel.errorCode(), QStringLiteral("E-FIELD-MISSING"));
    QCOMPARE(noChannel.errorField(), QStringLiteral("via"));

    const TestReply byEmail = m_stack.flows->recoverySend(recoveryId, QStringLiteral("email"));
    QCOMPARE(byEmail.status, 200);
    QCOMPARE(byEmail.json.value("recoveryId").toString(), recoveryId);
    QCOMPARE(byEmail.json.value("channel").toString(), QStringLiteral("email"));
    const QString emailCode = m_stack.flows->lastCode(QStringLiteral("both@example.com"));
    // Switching to the phone kills the emailed code.
    const TestReply byPhone = m_stack.flows->recoverySend(recoveryId, QStringLiteral("phone"));
    QCOMPARE(byPhone.json.value("channel").toString(), QStringLiteral("sms"));
    const QString smsCode = m_stack.flows->lastCode(QStringLiteral("+79167770022"));
    if (emailCode != smsCode)
        QCOMPARE(m_stack.flows->recoveryVerify(recoveryId, emailCode).errorCode(),
                 QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(m_stack.flows->recoveryResend(recoveryId).status, 200);
    const QString resent = m_stack.flows->lastCode(QStringLiteral("+79167770022"));
    QCOMPARE(m_stack.flows->recoveryComplete(recoveryId, resent, kNew).json.value("accountId").toInteger(),
             id);
    QCOMPARE(m_stack.flows->signIn(QString::number(id), kNew).status, 200);
}

void TestServerRecovery::viaGivenAtStart()
{
    QVERIFY(m_stack.start());
    const qint64 pick = m_stack.server->addAccount(
        QStringLiteral("pick@example.com"), QStringLiteral("+79167770033"), QStringLiteral("RU"), kOld);
    QVERIFY(pick > 0);
    // By account ID, which offers what is bound, the channel can be named at once.
    const TestReply started = m_stack.flows->startRecovery(QString::number(pick), QStringLiteral("phone"));
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("sms"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("+79167770033")), 1);
    // An email typed in gets the code itself: the phone bound beside it is not offered, as it would
    // not be for an address without an account.
    const TestReply byEmail
        = m_stack.flows->startRecovery(QStringLiteral("pick@example.com"), QStringLiteral("phone"));
    QCOMPARE(byEmail.errorCode(), QStringLiteral("E-FIELD-INVALID"));
    QCOMPARE(byEmail.errorField(), QStringLiteral("via"));
    QVERIFY(m_stack.server->addAccount(QStringLiteral("solo@example.com"), {}, QStringLiteral("RU"), kOld)
            > 0);
    const TestReply unbound
        = m_stack.flows->startRecovery(QStringLiteral("solo@example.com"), QStringLiteral("phone"));
    QCOMPARE(unbound.status, 400);
    QCOMPARE(unbound.errorCode(), QStringLiteral("E-FIELD-INVALID"));
    QCOMPARE(unbound.errorField(), QStringLiteral("via"));
}

void TestServerRecovery::unknownLoginsLookTheSame_data()
{
    // knownLogin "id" stands for the account ID.
    TestTable::strings(
        { "knownEmail", "knownPhone", "knownLogin", "unknownLogin" },
        {
            { "email", "known@example.com", "", "known@example.com", "nobody@example.com" },
            { "phone", "", "+79167770044", "+79167770044", "+79167770045" },
            // The email (or phone) of an account that has the other contact too: still one choice.
            { "email, a phone bound too", "both@example.com", "+79167770047", "both@example.com",
              "nobody2@example.com" },
            { "phone, an email bound too", "both2@example.com", "+79167770048", "+79167770048",
              "+79167770049" },
            { "account id, both bound", "known2@example.com", "+79167770046", "id", "1000000001" },
        });
}

void TestServerRecovery::unknownLoginsLookTheSame()
{
    QFETCH(QString, knownEmail);
    QFETCH(QString, knownPhone);
    QFETCH(QString, knownLogin);
    QFETCH(QString, unknownLogin);
    QVERIFY(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }));
    const qint64 id = m_stack.server->addAccount(knownEmail, knownPhone, QStringLiteral("RU"), kOld);
    QVERIFY(id > 0);
    if (knownLogin == QLatin1String("id"))
        knownLogin = QString::number(id);
    QVERIFY(QString::number(id) != unknownLogin);

    const TestReply knownStart = m_stack.flows->startRecovery(knownLogin);
    const TestReply unknownStart = m_stack.flows->startRecovery(unknownLogin);
    QCOMPARE(knownStart.status, 201);
    compareReplies(knownStart, unknownStart, "start");
    const QString knownId = knownStart.json.value("recoveryId").toString();
    const QString unknownId = unknownStart.json.value("recoveryId").toString();
    // Masks of the same make: "x***@domain", "+7 *** ***-12-34".
    const QRegularExpression mask(
        QStringLiteral(R"(^([a-z0-9]\*\*\*@[a-z0-9.-]+|\+7 \*\*\* \*\*\*-\d\d-\d\d)$)"));
    for (const QJsonValue& choice : unknownStart.json.value("choices").toArray())
        QVERIFY2(mask.match(choice.toObject().value("sentTo").toString()).hasMatch(),
                 qPrintable(choice.toObject().value("sentTo").toString()));
    // The same stand-in each time, as a real account would show the same masks.
    const TestReply unknownAgain = m_stack.flows->startRecovery(unknownLogin);
    QCOMPARE(unknownAgain.json.value("choices"), unknownStart.json.value("choices"));

    if (!knownStart.json.contains("sentTo")) {
        compareReplies(m_stack.flows->recoveryResend(knownId), m_stack.flows->recoveryResend(unknownId),
                       "resend before send");
        compareReplies(m_stack.flows->recoverySend(knownId, QStringLiteral("phone")),
                       m_stack.flows->recoverySend(unknownId, QStringLiteral("phone")), "send");
    }
    compareReplies(m_stack.flows->recoveryResend(knownId), m_stack.flows->recoveryResend(unknownId),
                   "resend");
    // The stand-in's code never matches; a real one's wrong code answers exactly alike.
    const QString wrong = QStringLiteral("000000");
    compareReplies(m_stack.flows->recoveryVerify(knownId, wrong),
                   m_stack.flows->recoveryVerify(unknownId, wrong), "verify");
    compareReplies(m_stack.flows->recoveryComplete(knownId, wrong, kNew),
                   m_stack.flows->recoveryComplete(unknownId, wrong, kNew), "complete");
    for (int i = 0; i < 3; ++i)
        compareReplies(m_stack.flows->recoveryVerify(knownId, wrong),
                       m_stack.flows->recoveryVerify(unknownId, wrong), "verify");
    compareReplies(m_stack.flows->recoveryVerify(knownId, wrong),
                   m_stack.flows->recoveryVerify(unknownId, wrong), "dead code");
    compareReplies(m_stack.flows->recoverySend(knownId, QStringLiteral("fax")),
                   m_stack.flows->recoverySend(unknownId, QStringLiteral("fax")), "bad via");
    // Nothing was delivered for the login without an account.
    QCOMPARE(m_stack.flows->messageCount(unknownLogin), 0);
}

void TestServerRecovery::rateLimits()
{
    QVERIFY(m_stack.start());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_stack.flows->startRecovery(QStringLiteral("often@example.com")).status, 201);
    const TestReply limited = m_stack.flows->startRecovery(QStringLiteral("often@example.com"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("E-RATE-LIMITED"));
    const QDateTime until = QDateTime::fromString(
        limited.json.value("error").toObject().value("until").toString(), Qt::ISODate);
    QVERIFY(until.isValid());
    QVERIFY(before.secsTo(until) >= 3599 && before.secsTo(until) <= 3700);
    // Other logins from the same address: 20 starts an hour in all.
    for (int i = 0; i < 15; ++i)
        QCOMPARE(m_stack.flows->startRecovery(QStringLiteral("other%1@example.com").arg(i)).status, 201);
    const TestReply address = m_stack.flows->startRecovery(QStringLiteral("fresh@example.com"));
    QCOMPARE(address.status, 429);
    QCOMPARE(address.errorCode(), QStringLiteral("E-RATE-LIMITED"));

    // Kept in the database: a restart does not reset it.
    QVERIFY(m_stack.server->stop());
    QVERIFY(m_stack.server->start());
    m_stack.client = std::make_unique<TestClient>(m_stack.server->url());
    m_stack.flows = std::make_unique<TestAccountFlows>(m_stack.server.get(), m_stack.client.get());
    QCOMPARE(m_stack.flows->startRecovery(QStringLiteral("often@example.com")).errorCode(),
             QStringLiteral("E-RATE-LIMITED"));
}

void TestServerRecovery::revokesSessionsAndClearsLock()
{
    QVERIFY(m_stack.start());
    const QString email = QStringLiteral("locked@example.com");
    QVERIFY(m_stack.server->addAccount(email, {}, QStringLiteral("RU"), kOld) > 0);
    const TestReply laptop = m_stack.flows->signIn(email, kOld, QStringLiteral("laptop"));
    const TestReply phone = m_stack.flows->signIn(email, kOld, QStringLiteral("phone"));
    QCOMPARE(phone.status, 200);
    TestReply failure;
    for (int i = 0; i < 10; ++i)
        failure
            = m_stack.flows->signIn(email, QStringLiteral("Wrong2026pass"), QStringLiteral("laptop"), true);
    QCOMPARE(failure.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
    // Locked: nothing is judged without a captcha.
    QCOMPARE(m_stack.flows->signIn(email, kOld, QStringLiteral("laptop"), false).errorCode(),
             QStringLiteral("E-CAPTCHA-REQUIRED"));

    const TestReply started = m_stack.flows->startRecovery(email);
    const QString code = m_stack.flows->lastCode(email);
    QCOMPARE(m_stack.flows->recoveryComplete(started.json.value("recoveryId").toString(), code, kNew).status,
             200);
    // Every session is out.
    QCOMPARE(m_stack.flows->profile(laptop.json.value("accessToken").toString()).errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_stack.flows->profile(phone.json.value("accessToken").toString()).errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_stack.flows->refresh(laptop.json.value("refreshToken").toString()).status, 401);
    QCOMPARE(m_stack.flows->refresh(phone.json.value("refreshToken").toString()).status, 401);
    // The lock is gone (the address still needs a captcha after its failures).
    const TestReply signedIn = m_stack.flows->signIn(email, kNew, QStringLiteral("laptop"), true);
    QCOMPARE(signedIn.status, 200);
}

void TestServerRecovery::inputRules()
{
    QVERIFY(m_stack.start());
    const TestReply noCaptcha
        = m_stack.client->post(QStringLiteral("/v1/recoveries"), { { "login", "a@example.com" } });
    QCOMPARE(noCaptcha.status, 401);
    QCOMPARE(noCaptcha.errorCode(), QStringLiteral("E-CAPTCHA-REQUIRED"));
    const TestReply badLogin = m_stack.flows->startRecovery(QStringLiteral("not a login"));
    QCOMPARE(badLogin.status, 400);
    QCOMPARE(badLogin.errorCode(), QStringLiteral("E-FIELD-INVALID"));
    QCOMPARE(badLogin.errorField(), QStringLiteral("login"));
    const TestReply wrongCaptcha = m_stack.client->post(
        QStringLiteral("/v1/recoveries"),
        { { "login", "a@example.com" }, { "captcha", QJsonObject { { "id", "nope" }, { "answer", "x" } } } });
    QCOMPARE(wrongCaptcha.errorCode(), QStringLiteral("E-CAPTCHA-WRONG"));
    const QString unknown = QStringLiteral("0123456789abcdef0123456789abcdef");
    QCOMPARE(m_stack.flows->recoveryVerify(unknown, QStringLiteral("123456")).errorCode(),
             QStringLiteral("E-RECOVERY-NOT-FOUND"));
    QCOMPARE(m_stack.flows->recoveryResend(unknown).status, 404);
}

void TestServerRecovery::knownAndUnknownAnswerAsFast()
{
    // A slow SMS gateway (1.5 s an answer): a recovery for a phone that has an account must not
    // answer later than one for a phone that has none, or the delay would tell them apart. The code
    // is delivered in the background, and arrives all the same.
    TestWebhook gateway;
    QVERIFY(gateway.listen());
    gateway.setDelay(1500);
    QVERIFY(m_stack.start({ QStringLiteral("--sms-webhook"), gateway.url().toString() }));
    QVERIFY(m_stack.server->addAccount({}, QStringLiteral("+79167770061"), QStringLiteral("RU"), kOld) > 0);
    QCOMPARE(m_stack.client->get(QStringLiteral("/v1/health")).status, 200); // the TLS connection is up
    QElapsedTimer timer;
    timer.start();
    const TestReply known = m_stack.flows->startRecovery(QStringLiteral("+79167770061"));
    const qint64 knownMs = timer.restart();
    const TestReply unknown = m_stack.flows->startRecovery(QStringLiteral("+79167770062"));
    const qint64 unknownMs = timer.elapsed();
    QCOMPARE(known.status, 201);
    QCOMPARE(unknown.status, 201);
    qInfo("recovery answered in %lld ms (known phone) and %lld ms (unknown phone)", knownMs, unknownMs);
    // Each far quicker than the gateway (captcha solving and the database included).
    QVERIFY2(knownMs < 1200, qPrintable(QString::number(knownMs)));
    QVERIFY2(unknownMs < 1200, qPrintable(QString::number(unknownMs)));
    // The known phone's code went to the gateway; the unknown's went nowhere.
    QTRY_COMPARE_WITH_TIMEOUT(gateway.requests().size(), 1, 10000);
    QCOMPARE(gateway.requests().first().value(QStringLiteral("to")).toString(),
             QStringLiteral("+79167770061"));
    const QString code = gateway.requests().first().value(QStringLiteral("text")).toString().left(6);
    QCOMPARE(
        m_stack.flows->recoveryVerify(known.json.value(QStringLiteral("recoveryId")).toString(), code).status,
        200);
}

QTEST_GUILESS_MAIN(TestServerRecovery)
#include "tst_server_recovery.moc"
