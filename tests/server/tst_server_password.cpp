// SPDX-License-Identifier: Apache-2.0
// Changing the password of a signed-in account against a real account-server over TLS: the code
// to the bound email or phone (a choice when both are bound), the new password's rules, and what
// happens to this and the other sessions afterwards.
#include "TestAccount.h"
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"
#include "TestTable.h"

#include <QRegularExpression>
#include <QtTest>

namespace {
const TestAccount kOlga { {}, {}, QStringLiteral("Olga2026pass"), QStringLiteral("Fresh2027word") };
} // namespace

class TestServerPassword : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeByEmail();
    void choiceWhenBothBound();
    void viaMustBeBound();
    void weakAndSamePasswords_data();
    void weakAndSamePasswords();
    void wrongCodes();
    void challengeBelongsToItsAccount();
    void needsSignIn();

private:
    // A new account and an access token for it.
    QString signedIn(const QString& email, const QString& phone,
                     const QString& deviceId = QStringLiteral("pc-1"));

    TestStack m_stack;
};

void TestServerPassword::initTestCase()
{
    // Resends without the minute's wait, so wrongCodes can ask for a new code at once.
    QVERIFY2(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(m_stack.server->errorString()));
}

QString TestServerPassword::signedIn(const QString& email, const QString& phone, const QString& deviceId)
{
    if (m_stack.server->addAccount(kOlga.withContacts(email, phone)) <= 0)
        return {};
    return m_stack.flows->signIn(email.isEmpty() ? phone : email, kOlga.password, deviceId).accessToken();
}

void TestServerPassword::changeByEmail()
{
    const QString email = QStringLiteral("olga@example.com");
    const QString access = signedIn(email, {}, QStringLiteral("laptop"));
    QVERIFY(!access.isEmpty());
    const TestReply first = m_stack.flows->signIn(email, kOlga.password, QStringLiteral("laptop"));
    const TestReply other = m_stack.flows->signIn(email, kOlga.password, QStringLiteral("phone"));
    QCOMPARE(other.status, 200);
    const QString thisAccess = first.accessToken();
    const QString thisRefresh = first.refreshToken();

    // Only an email is bound: no need to say which.
    const TestReply started = m_stack.flows->startPasswordChange(thisAccess);
    QCOMPARE(started.status, 201);
    const QString id = started.json.value("challengeId").toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("o***@example.com"));
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("email"));
    QCOMPARE(started.json.value("expiresIn").toInt(), 600);
    QCOMPARE(started.json.value("codeLength").toInt(), 6);
    const QJsonObject message = m_stack.flows->lastMessage(email);
    QCOMPARE(message.value("purpose").toString(), QStringLiteral("password-change"));
    QVERIFY(!message.contains("link"));

    const TestReply changed
        = m_stack.flows->changePassword(thisAccess, id, message.value("code").toString(), kOlga.newPassword);
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.json.value("accountId").toInteger() > 0);
    const QString newAccess = changed.accessToken();
    const QString newRefresh = changed.refreshToken();
    QVERIFY(!newAccess.isEmpty() && newAccess != thisAccess && newRefresh != thisRefresh);

    // The password: old refused, new accepted.
    QCOMPARE(m_stack.flows->signIn(email, kOlga.password).errorCode(), QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(m_stack.flows->signIn(email, kOlga.newPassword, QStringLiteral("laptop-2")).status, 200);
    // The other device is out at once, access and refresh token alike.
    QCOMPARE(m_stack.flows->profile(other.accessToken()).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_stack.flows->refresh(other.refreshToken()).errorCode(), QStringLiteral("E-REFRESH-INVALID"));
    // This session: old tokens dead, fresh ones work.
    QCOMPARE(m_stack.flows->profile(thisAccess).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_stack.flows->refresh(thisRefresh).status, 401);
    QCOMPARE(m_stack.flows->profile(newAccess).status, 200);
    QCOMPARE(m_stack.flows->refresh(newRefresh).status, 200);

    // The owner is told, without any code.
    const QJsonObject notice = m_stack.flows->lastMessage(email);
    QCOMPARE(notice.value("purpose").toString(), QStringLiteral("password-changed"));
    QVERIFY(!notice.contains("code"));
    // The challenge is used up.
    const TestReply again
        = m_stack.flows->changePassword(m_stack.flows->signIn(email, kOlga.newPassword).accessToken(), id,
                                        message.value("code").toString(), QStringLiteral("Third2028pass"));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("E-CHALLENGE-NOT-FOUND"));
}

void TestServerPassword::choiceWhenBothBound()
{
    const QString access = signedIn(QStringLiteral("both@example.com"), QStringLiteral("+79165550101"));
    QVERIFY(!access.isEmpty());
    const TestReply missing = m_stack.flows->startPasswordChange(access);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("E-FIELD-MISSING"));
    QCOMPARE(missing.errorField(), QStringLiteral("via"));

    const TestReply started = m_stack.flows->startPasswordChange(access, QStringLiteral("phone"));
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("sms"));
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("+7 *** ***-01-01"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("both@example.com")), 0);
    const QString code = m_stack.flows->lastCode(QStringLiteral("+79165550101"));
    const TestReply changed = m_stack.flows->changePassword(
        access, started.json.value("challengeId").toString(), code, kOlga.newPassword);
    QCOMPARE(changed.status, 200);
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("+79165550101"), kOlga.newPassword).status, 200);
    // Both bound destinations hear of it.
    QCOMPARE(m_stack.flows->lastMessage(QStringLiteral("+79165550101")).value("purpose").toString(),
             QStringLiteral("password-changed"));
    QCOMPARE(m_stack.flows->lastMessage(QStringLiteral("both@example.com")).value("purpose").toString(),
             QStringLiteral("password-changed"));

    // By email as well.
    const TestReply byEmail
        = m_stack.flows->startPasswordChange(changed.accessToken(), QStringLiteral("email"));
    QCOMPARE(byEmail.status, 201);
    QCOMPARE(byEmail.json.value("channel").toString(), QStringLiteral("email"));
}

void TestServerPassword::viaMustBeBound()
{
    const QString access = signedIn(QStringLiteral("onlymail@example.com"), {});
    QVERIFY(!access.isEmpty());
    for (const QString& via : { QStringLiteral("phone"), QStringLiteral("fax") }) {
        const TestReply reply = m_stack.flows->startPasswordChange(access, via);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("E-FIELD-INVALID"));
        QCOMPARE(reply.errorField(), QStringLiteral("via"));
    }
}

void TestServerPassword::weakAndSamePasswords_data()
{
    TestTable::strings({ "password", "reason" },
                       {
                           { "same as current", kOlga.password, "same_as_current" },
                           { "too short", "ab1", "too_short" },
                           { "no digit", "onlyletters", "no_digit" },
                           { "no letter", "1234567890", "no_letter" },
                           { "common", "password1", "common" },
                       });
}

void TestServerPassword::weakAndSamePasswords()
{
    QFETCH(QString, password);
    QFETCH(QString, reason);
    const QString email
        = QStringLiteral("weak-%1@example.com").arg(QTest::currentDataTag()).remove(QLatin1Char(' '));
    const QString access = signedIn(email, {});
    QVERIFY(!access.isEmpty());
    const TestReply started = m_stack.flows->startPasswordChange(access);
    const QString id = started.json.value("challengeId").toString();
    const QString code = m_stack.flows->lastCode(email);
    const TestReply weak = m_stack.flows->changePassword(access, id, code, password);
    QCOMPARE(weak.status, 400);
    QCOMPARE(weak.errorCode(), QStringLiteral("E-PASSWORD-WEAK"));
    QCOMPARE(weak.errorField(), QStringLiteral("newPassword"));
    const QJsonArray reasons = weak.json.value("error").toObject().value("reasons").toArray();
    QVERIFY2(reasons.contains(reason), qPrintable(QJsonDocument(reasons).toJson()));
    // Nothing changed, and the code still works with an acceptable password.
    QCOMPARE(m_stack.flows->signIn(email, kOlga.password).status, 200);
    QCOMPARE(m_stack.flows->changePassword(access, id, code, kOlga.newPassword).status, 200);
}

void TestServerPassword::wrongCodes()
{
    const QString email = QStringLiteral("codes@example.com");
    const QString access = signedIn(email, {});
    const TestReply started = m_stack.flows->startPasswordChange(access);
    const QString id = started.json.value("challengeId").toString();
    const QString code = m_stack.flows->lastCode(email);
    for (int left : { 4, 3, 2, 1, 0 }) {
        const TestReply wrong
            = m_stack.flows->changePassword(access, id, TestAccountFlows::wrongCode(code), kOlga.newPassword);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.errorCode(), QStringLiteral("E-CODE-WRONG"));
        QCOMPARE(wrong.errorField(), QStringLiteral("code"));
        QCOMPARE(wrong.json.value("error").toObject().value("attemptsLeft").toInt(-1), left);
    }
    const TestReply dead = m_stack.flows->changePassword(access, id, code, kOlga.newPassword);
    QCOMPARE(dead.status, 410);
    QCOMPARE(dead.errorCode(), QStringLiteral("E-CODE-ATTEMPTS-EXCEEDED"));
    QCOMPARE(m_stack.flows->signIn(email, kOlga.password).status, 200);

    const TestReply resent = m_stack.flows->resendChallenge(access, id);
    QCOMPARE(resent.status, 200);
    QCOMPARE(resent.json.value("challengeId").toString(), id);
    const QString fresh = m_stack.flows->lastCode(email);
    QCOMPARE(m_stack.flows->changePassword(access, id, fresh, kOlga.newPassword).status, 200);
}

void TestServerPassword::challengeBelongsToItsAccount()
{
    const QString mine = signedIn(QStringLiteral("mine@example.com"), {});
    const QString theirs = signedIn(QStringLiteral("theirs@example.com"), {});
    const QString id = m_stack.flows->startPasswordChange(theirs).json.value("challengeId").toString();
    const QString code = m_stack.flows->lastCode(QStringLiteral("theirs@example.com"));
    QCOMPARE(m_stack.flows->changePassword(mine, id, code, kOlga.newPassword).errorCode(),
             QStringLiteral("E-CHALLENGE-NOT-FOUND"));
    QCOMPARE(m_stack.flows->resendChallenge(mine, id).errorCode(), QStringLiteral("E-CHALLENGE-NOT-FOUND"));
    QCOMPARE(m_stack.flows->changePassword(theirs, id, code, kOlga.newPassword).status, 200);
}

void TestServerPassword::needsSignIn()
{
    QCOMPARE(m_stack.flows->startPasswordChange(QString()).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_stack.flows
                 ->changePassword(QStringLiteral("nonsense"), QStringLiteral("x"), QStringLiteral("123456"),
                                  kOlga.newPassword)
                 .errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    // The log names the route but never the password or a code.
    const QByteArray text = m_stack.server->log();
    QVERIFY(text.contains("POST /v1/account/password 200"));
    QVERIFY(!text.contains(kOlga.newPassword.toUtf8()));
    QVERIFY(!text.contains(kOlga.password.toUtf8()));
}

QTEST_GUILESS_MAIN(TestServerPassword)
#include "tst_server_password.moc"
