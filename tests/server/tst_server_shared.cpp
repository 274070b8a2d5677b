// SPDX-License-Identifier: Apache-2.0
// Two account-server processes over one PostgreSQL database act as one server: codes, tokens,
// lockouts and rate limits made on one hold on the other, also when requests race across both.
// Registered only with AM_TEST_DB=postgres (tests/server/CMakeLists.txt).
#include "TestAccount.h"
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "TestStack.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>
#include <functional>

namespace {
const TestAccount kAnna {
    QStringLiteral("anna@example.com"), QStringLiteral("+79123456789"), QStringLiteral("Correct9horse"), {}
};
} // namespace

class TestServerShared : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void codeFromOneAcceptedByOther();
    void refreshReuseSeenByOther();
    void lockoutSharedByBoth();
    void recoveryLimitCountsBoth();
    void racingRecoveriesKeepTheLimit();
    void racingCodeSendsKeepTheHourlyLimit();

private:
    // Server 0 (A, which owns the database) or 1 (B) and its client and drivers.
    TestStack& side(int i) { return m_sides[i]; }
    TestAccountFlows& flows(int i) { return *m_sides[i].flows; }
    TestRegistration& registration(int i) { return *m_sides[i].registration; }
    // `count` requests to `path` at once, alternately on A and B, with body(i) as the i-th body;
    // the outcomes counted as TestClient::finishAll counts them.
    QMap<QString, int> raceOnBoth(const QString& path, int count,
                                  const std::function<QJsonObject(int)>& body);

    TestStack m_sides[2];
    qint64 m_accountId = 0;
};

void TestServerShared::init()
{
    QVERIFY2(TestServer::postgresRequested(), "run with AM_TEST_DB=postgres (through ctest)");
    const QStringList args { QStringLiteral("--resend-interval"), QStringLiteral("0") };
    QVERIFY2(side(0).start(args), qPrintable(side(0).server->errorString()));
    QVERIFY2(side(1).startSharingDatabaseWith(side(0), args), qPrintable(side(1).server->errorString()));
    QVERIFY(side(0).server->usesPostgres()
            && side(0).server->databaseSpec() == side(1).server->databaseSpec());
    m_accountId = side(0).server->addAccount(kAnna);
    QVERIFY2(m_accountId > 0, qPrintable(side(0).server->errorString()));
}

void TestServerShared::cleanup()
{
    // The second server first: the first one owns the database and drops it.
    side(1).reset();
    side(0).reset();
}

QMap<QString, int> TestServerShared::raceOnBoth(const QString& path, int count,
                                                const std::function<QJsonObject(int)>& body)
{
    // Every body first (a captcha each), so that the requests leave together.
    QList<QByteArray> bodies;
    for (int i = 0; i < count; ++i)
        bodies << QJsonDocument(body(i)).toJson(QJsonDocument::Compact);
    QList<QNetworkReply*> replies;
    for (int i = 0; i < count; ++i)
        replies << side(i % 2).client->start("POST", path, bodies.at(i));
    return TestClient::finishAll(replies);
}

void TestServerShared::codeFromOneAcceptedByOther()
{
    const TestReply started = registration(0).startEmail(QStringLiteral("zoe@example.com"));
    QCOMPARE(started.status, 201);
    const QString id = started.json.value("registrationId").toString();
    const QString code = registration(0).lastCode(QStringLiteral("zoe@example.com"));
    QCOMPARE(code.size(), 6);
    // B never sent anything, yet knows the registration and takes A's code.
    QCOMPARE(registration(1).messageCount(QStringLiteral("zoe@example.com")), 0);
    QCOMPARE(registration(1).status(id).status, 200);
    QCOMPARE(registration(1).verify(id, code).status, 200);
    // A finds the work done: the same registration, verified once for both.
    QCOMPARE(registration(0).verify(id, code).json.value("verified").toBool(), true);
    const TestReply done = registration(0).complete(id, QStringLiteral("Zoe2026secure"));
    QCOMPARE(done.status, 200);
    QCOMPARE(flows(1).signIn(QStringLiteral("zoe@example.com"), QStringLiteral("Zoe2026secure")).status, 200);
}

void TestServerShared::refreshReuseSeenByOther()
{
    const TestReply first = flows(0).signIn(kAnna);
    QCOMPARE(first.status, 200);
    const QString refresh1 = first.json.value("refreshToken").toString();
    // Rotated on A...
    const TestReply rotated = flows(0).refresh(refresh1);
    QCOMPARE(rotated.status, 200);
    const QString access2 = rotated.json.value("accessToken").toString();
    QCOMPARE(flows(1).profile(access2).status, 200);
    // ...replayed on B: a reuse, and the session ends on both.
    const TestReply reused = flows(1).refresh(refresh1);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("E-REFRESH-REUSED"));
    QCOMPARE(flows(0).profile(access2).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(flows(0).refresh(rotated.json.value("refreshToken").toString()).errorCode(),
             QStringLiteral("E-REFRESH-INVALID"));
}

void TestServerShared::lockoutSharedByBoth()
{
    // Ten failures, alternating servers; from the fourth on each needs a captcha of its server.
    for (int i = 0; i < 10; ++i) {
        const TestReply failed
            = flows(i % 2).signIn(kAnna.email, QStringLiteral("wrong"), QStringLiteral("d"), i >= 3);
        const QString expected = i < 9 ? QStringLiteral("E-LOGIN-FAILED") : QStringLiteral("E-LOGIN-LOCKED");
        QCOMPARE(failed.errorCode(), expected);
    }
    // Locked on both: a wrong password with a captcha is E-LOGIN-LOCKED, nothing without one is
    // judged; the owner's right password with a captcha still gets in (a soft lock).
    for (int i = 0; i < 2; ++i) {
        const TestReply locked
            = flows(i).signIn(kAnna.email, QStringLiteral("wrong"), QStringLiteral("d"), true);
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
        QCOMPARE(flows(i).signIn(kAnna, QStringLiteral("d"), false).errorCode(),
                 QStringLiteral("E-CAPTCHA-REQUIRED"));
    }
    QCOMPARE(flows(1).signIn(kAnna, QStringLiteral("d"), true).status, 200);
}

void TestServerShared::recoveryLimitCountsBoth()
{
    // Five recoveries per login an hour, wherever they start.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(flows(i % 2).startRecovery(kAnna.email).status, 201);
    for (int i = 0; i < 2; ++i) {
        const TestReply limited = flows(i).startRecovery(kAnna.email);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("E-RATE-LIMITED"));
    }
}

void TestServerShared::racingRecoveriesKeepTheLimit()
{
    // Twelve starts for one login at once, half on each server: exactly five may pass.
    const QMap<QString, int> outcomes = raceOnBoth(QStringLiteral("/v1/recoveries"), 12, [this](int i) {
        return QJsonObject { { QStringLiteral("login"), QStringLiteral("race@example.com") },
                             { QStringLiteral("captcha"), flows(i % 2).solvedCaptcha() } };
    });
    QCOMPARE(outcomes.value(QStringLiteral("201")), 5);
    QCOMPARE(outcomes.value(QStringLiteral("E-RATE-LIMITED")), 7);
}

void TestServerShared::racingCodeSendsKeepTheHourlyLimit()
{
    // Registrations of one address on both servers at once: each start sends a code, and at most
    // five codes an hour go to one address, so five registrations get theirs and the rest wait.
    const QString email = QStringLiteral("busy@example.com");
    const QMap<QString, int> outcomes = raceOnBoth(QStringLiteral("/v1/registrations"), 10, [&](int i) {
        return QJsonObject { { QStringLiteral("method"), QStringLiteral("email") },
                             { QStringLiteral("email"), email },
                             { QStringLiteral("region"), QStringLiteral("RU") },
                             { QStringLiteral("captcha"), registration(i % 2).solvedCaptcha() } };
    });
    const int sent = registration(0).messageCount(email) + registration(1).messageCount(email);
    QCOMPARE(sent, 5);
    QCOMPARE(outcomes.value(QStringLiteral("E-RESEND-LIMIT")), 5);
}

QTEST_MAIN(TestServerShared)
#include "tst_server_shared.moc"
