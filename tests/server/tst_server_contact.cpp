// SPDX-License-Identifier: Apache-2.0
// Binding or changing the email or phone of a signed-in account against a real account-server:
// the password asked again, the code to the new destination, the notice to the old one, and the
// sign-in logins that follow.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"

#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Vera2026pass");
} // namespace

class TestServerContact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bindPhoneToEmailOnlyAccount();
    void changeEmail();
    void takenAddressAnsweredLikeAFreeOne();
    void startsLimitedPerAccount();
    void wrongPasswordRefused();
    void invalidInput();
    void wrongCodeAndResend();
    void needsSignIn();

private:
    QString signedIn(const QString& email, const QString& phone);

    TestStack m_stack;
};

void TestServerContact::initTestCase()
{
    QVERIFY2(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(m_stack.server->errorString()));
}

QString TestServerContact::signedIn(const QString& email, const QString& phone)
{
    if (m_stack.server->addAccount(email, phone, QStringLiteral("RU"), kPassword) <= 0)
        return {};
    return m_stack.flows->signIn(email.isEmpty() ? phone : email, kPassword)
        .json.value("accessToken")
        .toString();
}

void TestServerContact::bindPhoneToEmailOnlyAccount()
{
    const QString access = signedIn(QStringLiteral("vera@example.com"), {});
    QVERIFY(!access.isEmpty());
    const TestReply started = m_stack.flows->putContact(
        access, QStringLiteral("phone"),
        { { "phone", "8 916 123-00-01" }, { "region", "ru" }, { "password", kPassword } });
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json.value("channel").toString(), QStringLiteral("sms"));
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("+7 *** ***-00-01"));
    const QJsonObject message = m_stack.flows->lastMessage(QStringLiteral("+79161230001"));
    QCOMPARE(message.value("purpose").toString(), QStringLiteral("phone-change"));
    // Not bound before the code is entered.
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("+79161230001"), kPassword).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));

    const TestReply saved = m_stack.flows->putContact(
        access, QStringLiteral("phone"),
        { { "challengeId", started.json.value("challengeId") }, { "code", message.value("code") } });
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.value("phone").toString(), QStringLiteral("+79161230001"));
    QCOMPARE(saved.json.value("email").toString(), QStringLiteral("vera@example.com"));
    QCOMPARE(m_stack.flows->profile(access).json.value("phone").toString(), QStringLiteral("+79161230001"));
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("+79161230001"), kPassword).status, 200);
    // No old number to tell; the email is not told of a phone change.
    QCOMPARE(m_stack.flows->lastMessage(QStringLiteral("+79161230001")).value("purpose").toString(),
             QStringLiteral("phone-change"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("vera@example.com")), 0);
}

void TestServerContact::changeEmail()
{
    const QString access = signedIn(QStringLiteral("old@example.com"), QStringLiteral("+79161230002"));
    QVERIFY(!access.isEmpty());
    const TestReply started = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", " New@Example.com" }, { "password", kPassword } });
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("n***@example.com"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("old@example.com")), 0);
    const QJsonObject message = m_stack.flows->lastMessage(QStringLiteral("new@example.com"));
    QCOMPARE(message.value("purpose").toString(), QStringLiteral("email-change"));

    const TestReply saved = m_stack.flows->putContact(
        access, QStringLiteral("email"),
        { { "challengeId", started.json.value("challengeId") }, { "code", message.value("code") } });
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.json.value("email").toString(), QStringLiteral("new@example.com"));
    // The old address is told, with no code in it.
    const QJsonObject notice = m_stack.flows->lastMessage(QStringLiteral("old@example.com"));
    QCOMPARE(notice.value("purpose").toString(), QStringLiteral("email-changed"));
    QVERIFY(!notice.contains("code"));
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("new@example.com"), kPassword).status, 200);
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("old@example.com"), kPassword).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
    // The code was single use.
    const TestReply again = m_stack.flows->putContact(
        access, QStringLiteral("email"),
        { { "challengeId", started.json.value("challengeId") }, { "code", message.value("code") } });
    QCOMPARE(again.errorCode(), QStringLiteral("E-CHALLENGE-NOT-FOUND"));
}

void TestServerContact::takenAddressAnsweredLikeAFreeOne()
{
    QVERIFY(m_stack.server->addAccount(QStringLiteral("taken@example.com"), QStringLiteral("+79161230003"),
                                       QStringLiteral("RU"), kPassword)
            > 0);
    const QString access = signedIn(QStringLiteral("wants@example.com"), {});
    const TestReply free = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", "free@example.com" }, { "password", kPassword } });
    const TestReply email = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", "TAKEN@example.com" }, { "password", kPassword } });
    // The same answer whether another account has the address or not: a stranger signed in to an
    // account of their own learns nothing of other accounts from it.
    QCOMPARE(free.status, 201);
    QCOMPARE(email.status, 201);
    QCOMPARE(email.json.keys(), free.json.keys());
    QCOMPARE(email.json.value("sentTo").toString(), QStringLiteral("t***@example.com"));
    // The owner of the address is told, and gets no code.
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("taken@example.com")), 1);
    const QJsonObject notice = m_stack.flows->lastMessage(QStringLiteral("taken@example.com"));
    QCOMPARE(notice.value("purpose").toString(), QStringLiteral("contact-taken"));
    QVERIFY(!notice.contains("code"));
    // No code can finish it: the one made was never delivered.
    const TestReply guess = m_stack.flows->putContact(
        access, QStringLiteral("email"),
        { { "challengeId", email.json.value("challengeId") }, { "code", "000000" } });
    QCOMPARE(guess.errorCode(), QStringLiteral("E-CODE-WRONG"));
    const TestReply phone = m_stack.flows->putContact(
        access, QStringLiteral("phone"),
        { { "phone", "+79161230003" }, { "region", "RU" }, { "password", kPassword } });
    QCOMPARE(phone.status, 201);
    QCOMPARE(m_stack.flows->lastMessage(QStringLiteral("+79161230003")).value("purpose").toString(),
             QStringLiteral("contact-taken"));
    QCOMPARE(m_stack.flows->signIn(QStringLiteral("taken@example.com"), kPassword).status, 200);
    const TestReply own = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", "wants@example.com" }, { "password", kPassword } });
    QCOMPARE(own.errorCode(), QStringLiteral("E-FIELD-INVALID"));
}

void TestServerContact::startsLimitedPerAccount()
{
    const QString access = signedIn(QStringLiteral("busy@example.com"), {});
    for (int i = 0; i < 5; ++i) {
        const TestReply started = m_stack.flows->putContact(
            access, QStringLiteral("email"),
            { { "email", QStringLiteral("try%1@example.com").arg(i) }, { "password", kPassword } });
        QCOMPARE(started.status, 201);
    }
    const TestReply limited = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", "try5@example.com" }, { "password", kPassword } });
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("E-RATE-LIMITED"));
    QVERIFY(limited.json.value("error").toObject().contains("until"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("try5@example.com")), 0);
}

void TestServerContact::wrongPasswordRefused()
{
    const QString access = signedIn(QStringLiteral("forgetful@example.com"), {});
    const TestReply wrong
        = m_stack.flows->putContact(access, QStringLiteral("email"),
                                    { { "email", "elsewhere@example.com" }, { "password", "Not2026mine" } });
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    QCOMPARE(wrong.errorField(), QStringLiteral("password"));
    QCOMPARE(m_stack.flows->messageCount(QStringLiteral("elsewhere@example.com")), 0);
    // The session is still fine.
    QCOMPARE(m_stack.flows->profile(access).status, 200);
}

void TestServerContact::invalidInput()
{
    const QString access = signedIn(QStringLiteral("typo@example.com"), {});
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("email"),
                              { { "email", "no-at-sign" }, { "password", kPassword } })
                 .errorCode(),
             QStringLiteral("E-EMAIL-INVALID"));
    const TestReply phone = m_stack.flows->putContact(
        access, QStringLiteral("phone"),
        { { "phone", "8 916 123-00-01" }, { "region", "US" }, { "password", kPassword } });
    QCOMPARE(phone.errorCode(), QStringLiteral("E-PHONE-INVALID"));
    QCOMPARE(phone.errorField(), QStringLiteral("phone"));
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("phone"),
                              { { "phone", "+79161230009" }, { "region", "ZZ" }, { "password", kPassword } })
                 .errorField(),
             QStringLiteral("region"));
    QCOMPARE(m_stack.flows->putContact(access, QStringLiteral("email"), { { "email", "x@example.com" } })
                 .errorCode(),
             QStringLiteral("E-FIELD-MISSING"));
}

void TestServerContact::wrongCodeAndResend()
{
    const QString access = signedIn(QStringLiteral("retry@example.com"), {});
    const TestReply started = m_stack.flows->putContact(
        access, QStringLiteral("email"), { { "email", "retry2@example.com" }, { "password", kPassword } });
    const QString id = started.json.value("challengeId").toString();
    const QString code = m_stack.flows->lastCode(QStringLiteral("retry2@example.com"));
    const TestReply wrong
        = m_stack.flows->putContact(access, QStringLiteral("email"),
                                    { { "challengeId", id }, { "code", TestAccountFlows::wrongCode(code) } });
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrong.json.value("error").toObject().value("attemptsLeft").toInt(), 4);
    QCOMPARE(m_stack.flows->resendChallenge(access, id).status, 200);
    const QString fresh = m_stack.flows->lastCode(QStringLiteral("retry2@example.com"));
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("email"), { { "challengeId", id }, { "code", fresh } })
                 .status,
             200);
}

void TestServerContact::needsSignIn()
{
    QCOMPARE(m_stack.flows
                 ->putContact(QString(), QStringLiteral("email"),
                              { { "email", "a@example.com" }, { "password", kPassword } })
                 .errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    const QByteArray text = m_stack.server->log();
    QVERIFY(text.contains("PUT /v1/account/email 200"));
    QVERIFY(!text.contains(kPassword.toUtf8()));
}

QTEST_GUILESS_MAIN(TestServerContact)
#include "tst_server_contact.moc"
