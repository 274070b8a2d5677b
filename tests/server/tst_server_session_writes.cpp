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

namespace {
const QString kOld = QStringLiteral("Sess2026pass");
const QString kNew = QStringLiteral("Next2027word");
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
    QString signedIn(const QString& email, const QString& device);

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

QString TestServerSessionWrites::signedIn(const QString& email, const QString& device)
{
    return m_flows->signIn(email, kOld, device).json.value(QStringLiteral("accessToken")).toString();
}

void TestServerSessionWrites::passwordChangeChangesNothingWhenRevocationFails()
{
    const QString email = QStringLiteral("change@example.com");
    QVERIFY(m_server.addAccount(email, {}, QStringLiteral("RU"), kOld) > 0);
    const QString laptop = signedIn(email, QStringLiteral("laptop"));
    const QString phone = signedIn(email, QStringLiteral("phone"));
    QVERIFY(!laptop.isEmpty() && !phone.isEmpty());
    const TestReply started = m_flows->startPasswordChange(laptop);
    const QString challengeId = started.json.value(QStringLiteral("challengeId")).toString();
    QVERIFY2(!challengeId.isEmpty(), started.body.constData());
    const QString code = m_flows->lastCode(email);

    refuseRevocation(true);
    const TestReply refused = m_flows->changePassword(laptop, challengeId, code, kNew);
    refuseRevocation(false);
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-INTERNAL"));
    // Nothing changed: the old password, the other session, and the code itself.
    QCOMPARE(m_flows->profile(phone).status, 200);
    QCOMPARE(m_flows->signIn(email, kNew, QStringLiteral("laptop")).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(m_flows->signIn(email, kOld, QStringLiteral("laptop")).status, 200);

    const TestReply changed = m_flows->changePassword(laptop, challengeId, code, kNew);
    QCOMPARE(changed.status, 200);
    QCOMPARE(m_flows->profile(phone).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_flows->signIn(email, kNew, QStringLiteral("laptop")).status, 200);
}

void TestServerSessionWrites::recoveryChangesNothingWhenRevocationFails()
{
    const QString email = QStringLiteral("recover@example.com");
    QVERIFY(m_server.addAccount(email, {}, QStringLiteral("RU"), kOld) > 0);
    const QString phone = signedIn(email, QStringLiteral("phone"));
    QVERIFY(!phone.isEmpty());
    const TestReply started = m_flows->startRecovery(email);
    const QString recoveryId = started.json.value(QStringLiteral("recoveryId")).toString();
    QVERIFY2(!recoveryId.isEmpty(), started.body.constData());
    const QString code = m_flows->lastCode(email);

    refuseRevocation(true);
    const TestReply refused = m_flows->recoveryComplete(recoveryId, code, kNew);
    refuseRevocation(false);
    QCOMPARE(refused.status, 500);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-INTERNAL"));
    QCOMPARE(m_flows->profile(phone).status, 200);
    QCOMPARE(m_flows->signIn(email, kNew, QStringLiteral("phone")).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));

    QCOMPARE(m_flows->recoveryComplete(recoveryId, code, kNew).status, 200);
    QCOMPARE(m_flows->profile(phone).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
}

void TestServerSessionWrites::signOutSaysWhenItFailed()
{
    const QString email = QStringLiteral("leave@example.com");
    QVERIFY(m_server.addAccount(email, {}, QStringLiteral("RU"), kOld) > 0);
    const QString token = signedIn(email, QStringLiteral("laptop"));
    QVERIFY(!token.isEmpty());
    refuseRevocation(true);
    const TestReply refused = m_client->send("DELETE", QStringLiteral("/v1/sessions/current"), {}, token);
    refuseRevocation(false);
    QCOMPARE(refused.errorCode(), QStringLiteral("E-INTERNAL"));
    QCOMPARE(m_flows->profile(token).status, 200);
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/v1/sessions/current"), {}, token).status, 204);
    QCOMPARE(m_flows->profile(token).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
}

QTEST_GUILESS_MAIN(TestServerSessionWrites)
#include "tst_server_session_writes.moc"
