// SPDX-License-Identifier: Apache-2.0
// Every write to sessions and tokens reports failure, and a change that ends sessions is one
// transaction: when the database refuses to revoke (a trigger the test installs), a password change
// or a recovery answers E-INTERNAL and changes nothing (the old password, the other sessions and the
// code all still work), and sign-out says it failed. Without the trigger the same requests succeed.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>
#include <functional>

namespace {
// Each test's account has its own email and these passwords (TestAccount::withEmail).
const TestAccount kSess { {}, {}, QStringLiteral("Sess2026pass"), QStringLiteral("Next2027word") };
} // namespace

class TestServerSessionWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passwordChangeChangesNothingWhenRevocationFails();
    void recoveryChangesNothingWhenRevocationFails();
    void signOutSaysWhenItFailed();

private:
    // The database refuses every update of a session while on.
    void refuseRevocation(bool on);
    // What `request` answers while the database refuses to revoke; the refusal is lifted after.
    TestReply whileRevocationRefused(const std::function<TestReply()>& request);
    // A refused change left `account` as it was: E-INTERNAL, the session `other` still works and the
    // new password does not.
    void checkNothingChanged(const TestReply& refused, const TestAccount& account, const QString& other);
    // A new account with kSess's passwords.
    TestAccount added(const QString& email);
    QString signedIn(const TestAccount& account, const QString& device);

    TestServer m_server;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<TestAccountFlows> m_flows;
};

void TestServerSessionWrites::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<TestClient>(m_server.url());
    m_flows = std::make_unique<TestAccountFlows>(&m_server, m_client.get());
}

void TestServerSessionWrites::refuseRevocation(bool on)
{
    QStringList statements;
    if (m_server.usesPostgres()) {
        statements = on
            ? QStringList { QStringLiteral(
                                "CREATE OR REPLACE FUNCTION refuse_revocation() RETURNS trigger LANGUAGE "
                                "plpgsql "
                                "AS $$ BEGIN RAISE EXCEPTION 'revocation refused by the test'; END $$"),
                            QStringLiteral(
                                "CREATE TRIGGER refuse_revocation BEFORE UPDATE ON sessions FOR EACH ROW "
                                "EXECUTE FUNCTION refuse_revocation()") }
            : QStringList { QStringLiteral("DROP TRIGGER refuse_revocation ON sessions") };
    } else {
        statements = on
            ? QStringList { QStringLiteral("CREATE TRIGGER refuse_revocation BEFORE UPDATE ON sessions BEGIN "
                                           "SELECT RAISE(ABORT, 'revocation refused by the test'); END") }
            : QStringList { QStringLiteral("DROP TRIGGER refuse_revocation") };
    }
    {
        QSqlDatabase db = m_server.openDatabase(QStringLiteral("trigger"));
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
}

TestReply TestServerSessionWrites::whileRevocationRefused(const std::function<TestReply()>& request)
{
    refuseRevocation(true);
    const TestReply reply = request();
    refuseRevocation(false);
    return reply;
}

void TestServerSessionWrites::checkNothingChanged(const TestReply& refused, const TestAccount& account,
                                                  const QString& other)
{
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-INTERNAL"));
    QCOMPARE(m_flows->profile(other).status, 200);
    QCOMPARE(m_flows->signIn(account.login(), account.newPassword, QStringLiteral("laptop")).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
}

TestAccount TestServerSessionWrites::added(const QString& email)
{
    const TestAccount account = kSess.withEmail(email);
    if (m_server.addAccount(account) <= 0)
        QTest::qFail(qPrintable(m_server.errorString()), __FILE__, __LINE__);
    return account;
}

QString TestServerSessionWrites::signedIn(const TestAccount& account, const QString& device)
{
    return m_flows->signIn(account, device).accessToken();
}

void TestServerSessionWrites::passwordChangeChangesNothingWhenRevocationFails()
{
    const TestAccount account = added(QStringLiteral("change@example.com"));
    const QString laptop = signedIn(account, QStringLiteral("laptop"));
    const QString phone = signedIn(account, QStringLiteral("phone"));
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty());
    const TestReply started = m_flows->startPasswordChange(laptop);
    const QString challengeId = started.json.value(QStringLiteral("challengeId")).toString();
    QVERIFY2(!challengeId.isEmpty(), started.body.constData());
    const QString code = m_flows->lastCode(account.email);

    const TestReply refused = whileRevocationRefused(
        [&] { return m_flows->changePassword(laptop, challengeId, code, account.newPassword); });
    // Nothing changed: the old password, the other session, and the code itself.
    checkNothingChanged(refused, account, phone);
    QCOMPARE(m_flows->signIn(account, QStringLiteral("laptop")).status, 200);

    const TestReply changed = m_flows->changePassword(laptop, challengeId, code, account.newPassword);
    QCOMPARE(changed.status, 200);
    QCOMPARE(m_flows->profile(phone).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_flows->signIn(account.email, account.newPassword, QStringLiteral("laptop")).status, 200);
}

void TestServerSessionWrites::recoveryChangesNothingWhenRevocationFails()
{
    const TestAccount account = added(QStringLiteral("recover@example.com"));
    const QString phone = signedIn(account, QStringLiteral("phone"));
    QVERIFY(!phone.isEmpty());
    const TestReply started = m_flows->startRecovery(account.email);
    const QString recoveryId = started.json.value(QStringLiteral("recoveryId")).toString();
    QVERIFY2(!recoveryId.isEmpty(), started.body.constData());
    const QString code = m_flows->lastCode(account.email);

    checkNothingChanged(whileRevocationRefused(
                            [&] { return m_flows->recoveryComplete(recoveryId, code, account.newPassword); }),
                        account, phone);

    QCOMPARE(m_flows->recoveryComplete(recoveryId, code, account.newPassword).status, 200);
    QCOMPARE(m_flows->profile(phone).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
}

void TestServerSessionWrites::signOutSaysWhenItFailed()
{
    const QString token = signedIn(added(QStringLiteral("leave@example.com")), QStringLiteral("laptop"));
    QVERIFY(!token.isEmpty());
    const TestReply refused = whileRevocationRefused(
        [&] { return m_client->send("DELETE", QStringLiteral("/v1/sessions/current"), {}, token); });
    QCOMPARE(refused.errorCode(), QStringLiteral("E-INTERNAL"));
    QCOMPARE(m_flows->profile(token).status, 200);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/v1/sessions/current"), {}, token).status, 204);
    QCOMPARE(m_flows->profile(token).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
}

QTEST_GUILESS_MAIN(TestServerSessionWrites)
#include "tst_server_session_writes.moc"
