// SPDX-License-Identifier: Apache-2.0
// Captcha after 3 failed sign-ins, lock after 10, against a real account-server. Each test starts
// its own server, because failures from 127.0.0.1 count for every login.
#include "TestClient.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QThread>
#include <QtTest>

namespace {
const QString kLogin = QStringLiteral("anna@example.com");
const QString kPassword = QStringLiteral("Correct9horse");

QJsonObject withCaptcha(QJsonObject body, const QString& id, const QString& answer)
{
    body.insert(QStringLiteral("captcha"),
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("answer"), answer } });
    return body;
}
} // namespace

class TestServerThrottle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void captchaAfterThreeFailures();
    void captchaIsSingleUse();
    void captchaIsCaseInsensitive();
    void captchaExpires();
    void captchaImageIsPng();
    void addressCountsAcrossLogins();
    void lockAfterTenFailures();
    void guessesInFlightCannotSkipTheCaptcha();
    void longStreakNeedsACode();
    void countsSurviveRestart();

private:
    TestReply signIn(const QString& login, const QString& password, const QString& captchaId = {},
                     const QString& answer = {});
    QString newCaptcha(QString* answer);
    // signIn() with a new captcha, answered right: for a sign-in past the third failure.
    TestReply signInWithCaptcha(const QString& login, const QString& password);
    void failThreeTimes();
    // The owner signs in (with a captcha) to their own account; a wrong password after that is a
    // plain E-LOGIN-FAILED, no lock.
    void ownerSignsInThenWrongPasswordFails();

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
    qint64 m_accountId = 0;
};

void TestServerThrottle::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start({ QStringLiteral("--captcha-ttl"), QStringLiteral("2") }),
             qPrintable(m_server->errorString()));
    m_client = std::make_unique<TestClient>(m_server->url());
    m_accountId
        = m_server->addAccount(kLogin, QStringLiteral("+79123456789"), QStringLiteral("RU"), kPassword);
    QVERIFY(m_accountId > 0);
}

void TestServerThrottle::ownerSignsInThenWrongPasswordFails()
{
    const TestReply owner = signInWithCaptcha(kLogin, kPassword);
    QCOMPARE(owner.status, 200);
    QCOMPARE(owner.json.value("accountId").toInteger(), m_accountId);
    QCOMPARE(signInWithCaptcha(kLogin, QStringLiteral("wrong")).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
}

void TestServerThrottle::cleanup()
{
    m_client.reset();
    m_server.reset();
}

TestReply TestServerThrottle::signIn(const QString& login, const QString& password, const QString& captchaId,
                                     const QString& answer)
{
    QJsonObject body = TestClient::signInBody(login, password);
    if (!captchaId.isEmpty())
        body = withCaptcha(body, captchaId, answer);
    return m_client->post(QStringLiteral("/v1/sessions"), body);
}

QString TestServerThrottle::newCaptcha(QString* answer)
{
    const TestReply reply = m_client->send("POST", QStringLiteral("/v1/captcha"));
    const QString id = reply.json.value("captchaId").toString();
    *answer = m_server->captchaAnswer(id);
    return id;
}

TestReply TestServerThrottle::signInWithCaptcha(const QString& login, const QString& password)
{
    QString answer;
    const QString id = newCaptcha(&answer);
    return signIn(login, password, id, answer);
}

void TestServerThrottle::failThreeTimes()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(signIn(kLogin, QStringLiteral("wrong")).errorCode(), QStringLiteral("E-LOGIN-FAILED"));
}

void TestServerThrottle::captchaAfterThreeFailures()
{
    failThreeTimes();
    // Even the right password now needs a captcha.
    const TestReply required = signIn(kLogin, kPassword);
    QCOMPARE(required.status, 401);
    QCOMPARE(required.errorCode(), QStringLiteral("E-CAPTCHA-REQUIRED"));
    QCOMPARE(required.errorField(), QStringLiteral("captcha"));
    QCOMPARE(required.errorRequestId().toLatin1(), required.requestId);

    QString answer;
    const QString id = newCaptcha(&answer);
    QVERIFY(!answer.isEmpty());
    QVERIFY(answer.size() >= 4 && answer.size() <= 6);
    QVERIFY(!answer.contains(QRegularExpression(QStringLiteral("[0O1Il]"))));
    const TestReply wrong = signIn(kLogin, kPassword, id, answer + QStringLiteral("x"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-CAPTCHA-WRONG"));
    QCOMPARE(wrong.errorField(), QStringLiteral("captcha.answer"));

    // A solved captcha with a wrong password is still a failure.
    ownerSignsInThenWrongPasswordFails();
}

void TestServerThrottle::captchaIsSingleUse()
{
    failThreeTimes();
    QString answer;
    const QString id = newCaptcha(&answer);
    QCOMPARE(signIn(kLogin, kPassword, id, answer).status, 200);
    // The address still has three failures, so the next sign-in needs a captcha again, and the used one
    // fails.
    const TestReply again = signIn(kLogin, kPassword, id, answer);
    QCOMPARE(again.errorCode(), QStringLiteral("E-CAPTCHA-WRONG"));
    // A wrong answer uses it up too.
    const QString id2 = newCaptcha(&answer);
    QCOMPARE(signIn(kLogin, kPassword, id2, QStringLiteral("zzzzzz")).errorCode(),
             QStringLiteral("E-CAPTCHA-WRONG"));
    QCOMPARE(signIn(kLogin, kPassword, id2, answer).errorCode(), QStringLiteral("E-CAPTCHA-WRONG"));
    QCOMPARE(signIn(kLogin, kPassword, QStringLiteral("no-such-captcha"), answer).errorCode(),
             QStringLiteral("E-CAPTCHA-WRONG"));
}

void TestServerThrottle::captchaIsCaseInsensitive()
{
    failThreeTimes();
    QString answer;
    QString id = newCaptcha(&answer);
    QCOMPARE(signIn(kLogin, kPassword, id, answer.toLower()).status, 200);
    id = newCaptcha(&answer);
    QCOMPARE(signIn(kLogin, kPassword, id, answer.toUpper()).status, 200);
}

void TestServerThrottle::captchaExpires()
{
    failThreeTimes();
    QString answer;
    const QString id = newCaptcha(&answer); // --captcha-ttl 2
    QThread::msleep(2500);
    const TestReply expired = signIn(kLogin, kPassword, id, answer);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("E-CAPTCHA-WRONG"));
}

void TestServerThrottle::captchaImageIsPng()
{
    const TestReply reply = m_client->send("POST", QStringLiteral("/v1/captcha"));
    QCOMPARE(reply.status, 200);
    const QByteArray png = QByteArray::fromBase64(reply.json.value("image").toString().toLatin1());
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(png, "PNG"));
    QVERIFY(image.width() >= 100 && image.height() >= 40);
    const QList<QJsonObject> entries = m_server->outboxEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().value("channel").toString(), QStringLiteral("captcha"));
    QCOMPARE(entries.first().value("captchaId").toString(), reply.json.value("captchaId").toString());
    QVERIFY(QDateTime::fromString(entries.first().value("time").toString(), Qt::ISODateWithMs).isValid());
}

void TestServerThrottle::addressCountsAcrossLogins()
{
    // Three different unknown logins from one address: the fourth attempt, for a real login, needs a captcha.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(signIn(QStringLiteral("stranger%1@example.com").arg(i), QStringLiteral("x")).errorCode(),
                 QStringLiteral("E-LOGIN-FAILED"));
    }
    QCOMPARE(signIn(kLogin, kPassword).errorCode(), QStringLiteral("E-CAPTCHA-REQUIRED"));
}

void TestServerThrottle::lockAfterTenFailures()
{
    int failures = 0;
    TestReply reply;
    // Solve a captcha for every attempt past the third, as a determined guesser would.
    while (failures < 10) {
        // Alternate login forms: they all count against the one account.
        const QString login = failures % 2 ? QStringLiteral("+79123456789") : QString::number(m_accountId);
        reply = failures >= 3 ? signInWithCaptcha(login, QStringLiteral("wrong"))
                              : signIn(login, QStringLiteral("wrong"));
        ++failures;
        if (failures < 10)
            QCOMPARE(reply.errorCode(), QStringLiteral("E-LOGIN-FAILED"));
    }
    // The tenth failure locks the account.
    QCOMPARE(reply.status, 423);
    QCOMPARE(reply.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
    const QDateTime until
        = QDateTime::fromString(reply.json.value("error").toObject().value("until").toString(), Qt::ISODate);
    QVERIFY(until.isValid());
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(until);
    QVERIFY2(seconds > 14 * 60 && seconds <= 15 * 60 + 2, qPrintable(QString::number(seconds)));

    // Locked, softly: a wrong password with a solved captcha is still E-LOGIN-LOCKED, and nothing
    // without a captcha is judged; but the owner's right password with a captcha gets in, so a
    // stranger's guesses cannot keep the owner out.
    const TestReply stillLocked = signInWithCaptcha(kLogin, QStringLiteral("wrong"));
    QCOMPARE(stillLocked.status, 423);
    QCOMPARE(stillLocked.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
    QVERIFY(stillLocked.json.value("error").toObject().contains("until"));
    QCOMPARE(signIn(kLogin, kPassword).errorCode(), QStringLiteral("E-CAPTCHA-REQUIRED"));
    // The owner's sign-in ended the lock: a wrong password is a plain failure again (with a captcha,
    // which this address still needs after its own ten failures).
    ownerSignsInThenWrongPasswordFails();
}

void TestServerThrottle::guessesInFlightCannotSkipTheCaptcha()
{
    // 12 wrong guesses at once, none with a captcha. Each is counted before its password is hashed,
    // so the ones in flight see each other: exactly 3 are judged, the rest want a captcha.
    TestClient first(m_server->url());
    TestClient second(m_server->url()); // two pools of six connections: all 12 in flight together
    QList<QNetworkReply*> pending;
    const QByteArray body = QJsonDocument(TestClient::signInBody(kLogin, QStringLiteral("wrong")))
                                .toJson(QJsonDocument::Compact);
    for (int i = 0; i < 12; ++i)
        pending << (i % 2 ? &second : &first)->start("POST", QStringLiteral("/v1/sessions"), body);
    const QMap<QString, int> outcomes = TestClient::finishAll(pending, 60000);
    const int judged = outcomes.value(QStringLiteral("E-LOGIN-FAILED"));
    const int captcha = outcomes.value(QStringLiteral("E-CAPTCHA-REQUIRED"));
    qInfo("12 parallel guesses without a captcha: %d judged, %d asked for a captcha", judged, captcha);
    QCOMPARE(judged, 3);
    QCOMPARE(captcha, 9);
}

void TestServerThrottle::longStreakNeedsACode()
{
    // 100 failures in a row (NIST SP 800-63B 5.2.2) are set in the database directly: making them
    // takes 100 captchas and hashes, and the count is the same row either way.
    QString error;
    QVERIFY2(
        m_server->execute(
            QStringLiteral("INSERT INTO login_failures (key, failures, last_failure) VALUES (?, 100, ?)"),
            { QStringLiteral("streak:account:%1").arg(m_accountId),
              QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000 }, // a day ago: no fading
            &error),
        qPrintable(error));
    // The right password alone is not enough any more, even though this server asks no code of new
    // devices (--new-device-verification off): a code goes to the account's email or phone.
    const TestReply first = signIn(kLogin, kPassword);
    QCOMPARE(first.status, 403);
    QCOMPARE(first.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    const QString challengeId = first.deviceChallengeId();
    QVERIFY(!challengeId.isEmpty());
    const QString code = m_server->outboxEntries().last().value("code").toString();
    QVERIFY(!code.isEmpty());
    const TestReply verified = m_client->post(
        QStringLiteral("/v1/sessions"), TestClient::verifiedSignInBody(kLogin, kPassword, challengeId, code));
    QCOMPARE(verified.status, 200);
    // The code ended the streak: the password alone does again.
    QCOMPARE(signIn(kLogin, kPassword).status, 200);
}

void TestServerThrottle::countsSurviveRestart()
{
    failThreeTimes();
    QVERIFY(m_server->stop());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    TestClient client(m_server->url());
    const TestReply reply
        = client.post(QStringLiteral("/v1/sessions"), TestClient::signInBody(kLogin, kPassword));
    QCOMPARE(reply.errorCode(), QStringLiteral("E-CAPTCHA-REQUIRED"));
    m_client = std::make_unique<TestClient>(m_server->url());
}

QTEST_GUILESS_MAIN(TestServerThrottle)
#include "tst_server_throttle.moc"
