// SPDX-License-Identifier: Apache-2.0
// Two account-server processes over one PostgreSQL database act as one server: codes, tokens,
// lockouts and rate limits made on one hold on the other, also when requests race across both.
// Registered only with AM_TEST_DB=postgres (tests/server/CMakeLists.txt).
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>
#include <memory>

namespace {
const QString kLogin = QStringLiteral("anna@example.com");
const QString kPassword = QStringLiteral("Correct9horse");
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
    // Server 0 or 1 and its helpers.
    TestServer& server(int i) { return i == 0 ? *m_a : *m_b; }
    TestClient& client(int i) { return i == 0 ? *m_clientA : *m_clientB; }
    TestAccountFlows& flows(int i) { return i == 0 ? *m_flowsA : *m_flowsB; }
    TestRegistration& registration(int i) { return i == 0 ? *m_regA : *m_regB; }

    std::unique_ptr<TestServer> m_a;
    std::unique_ptr<TestServer> m_b;
    std::unique_ptr<TestClient> m_clientA;
    std::unique_ptr<TestClient> m_clientB;
    std::unique_ptr<TestAccountFlows> m_flowsA;
    std::unique_ptr<TestAccountFlows> m_flowsB;
    std::unique_ptr<TestRegistration> m_regA;
    std::unique_ptr<TestRegistration> m_regB;
    qint64 m_accountId = 0;
};

void TestServerShared::init()
{
    QVERIFY2(TestServer::postgresRequested(), "run with AM_TEST_DB=postgres (through ctest)");
    m_a = std::make_unique<TestServer>();
    m_b = std::make_unique<TestServer>();
    m_b->shareDatabaseWith(*m_a);
    const QStringList args { QStringLiteral("--resend-interval"), QStringLiteral("0") };
    QVERIFY2(m_a->start(args), qPrintable(m_a->errorString()));
    QVERIFY2(m_b->start(args), qPrintable(m_b->errorString()));
    QVERIFY(m_a->usesPostgres() && m_a->databaseSpec() == m_b->databaseSpec());
    m_clientA = std::make_unique<TestClient>(m_a->url());
    m_clientB = std::make_unique<TestClient>(m_b->url());
    m_flowsA = std::make_unique<TestAccountFlows>(m_a.get(), m_clientA.get());
    m_flowsB = std::make_unique<TestAccountFlows>(m_b.get(), m_clientB.get());
    m_regA = std::make_unique<TestRegistration>(m_a.get(), m_clientA.get());
    m_regB = std::make_unique<TestRegistration>(m_b.get(), m_clientB.get());
    m_accountId = m_a->addAccount(kLogin, QStringLiteral("+79123456789"), QStringLiteral("RU"), kPassword);
    QVERIFY2(m_accountId > 0, qPrintable(m_a->errorString()));
}

void TestServerShared::cleanup()
{
    m_regA.reset();
    m_regB.reset();
    m_flowsA.reset();
    m_flowsB.reset();
    m_clientA.reset();
    m_clientB.reset();
    // The second server first: the first one owns the database and drops it.
    m_b.reset();
    m_a.reset();
}

void TestServerShared::codeFromOneAcceptedByOther()
{
    const TestReply started = m_regA->startEmail(QStringLiteral("zoe@example.com"));
    QCOMPARE(started.status, 201);
    const QString id = started.json.value("registrationId").toString();
    const QString code = m_regA->lastCode(QStringLiteral("zoe@example.com"));
    QCOMPARE(code.size(), 6);
    // B never sent anything, yet knows the registration and takes A's code.
    QCOMPARE(m_regB->messageCount(QStringLiteral("zoe@example.com")), 0);
    QCOMPARE(m_regB->status(id).status, 200);
    QCOMPARE(m_regB->verify(id, code).status, 200);
    // A finds the work done: the same registration, verified once for both.
    QCOMPARE(m_regA->verify(id, code).json.value("verified").toBool(), true);
    const TestReply done = m_regA->complete(id, QStringLiteral("Zoe2026secure"));
    QCOMPARE(done.status, 200);
    QCOMPARE(m_flowsB->signIn(QStringLiteral("zoe@example.com"), QStringLiteral("Zoe2026secure")).status,
             200);
}

void TestServerShared::refreshReuseSeenByOther()
{
    const TestReply first = m_flowsA->signIn(kLogin, kPassword);
    QCOMPARE(first.status, 200);
    const QString refresh1 = first.json.value("refreshToken").toString();
    // Rotated on A...
    const TestReply rotated = m_flowsA->refresh(refresh1);
    QCOMPARE(rotated.status, 200);
    const QString access2 = rotated.json.value("accessToken").toString();
    QCOMPARE(m_flowsB->profile(access2).status, 200);
    // ...replayed on B: a reuse, and the session ends on both.
    const TestReply reused = m_flowsB->refresh(refresh1);
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("E-REFRESH-REUSED"));
    QCOMPARE(m_flowsA->profile(access2).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(m_flowsA->refresh(rotated.json.value("refreshToken").toString()).errorCode(),
             QStringLiteral("E-REFRESH-INVALID"));
}

void TestServerShared::lockoutSharedByBoth()
{
    // Ten failures, alternating servers; from the fourth on each needs a captcha of its server.
    for (int i = 0; i < 10; ++i) {
        const TestReply failed
            = flows(i % 2).signIn(kLogin, QStringLiteral("wrong"), QStringLiteral("d"), i >= 3);
        const QString expected = i < 9 ? QStringLiteral("E-LOGIN-FAILED") : QStringLiteral("E-LOGIN-LOCKED");
        QCOMPARE(failed.errorCode(), expected);
    }
    // Locked on both: a wrong password with a captcha is E-LOGIN-LOCKED, nothing without one is
    // judged; the owner's right password with a captcha still gets in (a soft lock).
    for (int i = 0; i < 2; ++i) {
        const TestReply locked = flows(i).signIn(kLogin, QStringLiteral("wrong"), QStringLiteral("d"), true);
        QCOMPARE(locked.status, 423);
        QCOMPARE(locked.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
        QCOMPARE(flows(i).signIn(kLogin, kPassword, QStringLiteral("d"), false).errorCode(),
                 QStringLiteral("E-CAPTCHA-REQUIRED"));
    }
    QCOMPARE(flows(1).signIn(kLogin, kPassword, QStringLiteral("d"), true).status, 200);
}

void TestServerShared::recoveryLimitCountsBoth()
{
    // Five recoveries per login an hour, wherever they start.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(flows(i % 2).startRecovery(kLogin).status, 201);
    for (int i = 0; i < 2; ++i) {
        const TestReply limited = flows(i).startRecovery(kLogin);
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.errorCode(), QStringLiteral("E-RATE-LIMITED"));
    }
}

void TestServerShared::racingRecoveriesKeepTheLimit()
{
    // Twelve starts for one login at once, half on each server: exactly five may pass.
    QList<QPair<int, QByteArray>> bodies;
    for (int i = 0; i < 12; ++i) {
        const QJsonObject body { { QStringLiteral("login"), QStringLiteral("race@example.com") },
                                 { QStringLiteral("captcha"), flows(i % 2).solvedCaptcha() } };
        bodies.append({ i % 2, QJsonDocument(body).toJson(QJsonDocument::Compact) });
    }
    QList<QNetworkReply*> replies;
    for (const auto& [which, body] : std::as_const(bodies))
        replies << client(which).start("POST", QStringLiteral("/v1/recoveries"), body);
    const QMap<QString, int> outcomes = TestClient::finishAll(replies);
    QCOMPARE(outcomes.value(QStringLiteral("201")), 5);
    QCOMPARE(outcomes.value(QStringLiteral("E-RATE-LIMITED")), 7);
}

void TestServerShared::racingCodeSendsKeepTheHourlyLimit()
{
    // Registrations of one address on both servers at once: each start sends a code, and at most
    // five codes an hour go to one address, so five registrations get theirs and the rest wait.
    const QString email = QStringLiteral("busy@example.com");
    QList<QPair<int, QByteArray>> bodies;
    for (int i = 0; i < 10; ++i) {
        const QJsonObject body { { QStringLiteral("method"), QStringLiteral("email") },
                                 { QStringLiteral("email"), email },
                                 { QStringLiteral("region"), QStringLiteral("RU") },
                                 { QStringLiteral("captcha"), registration(i % 2).solvedCaptcha() } };
        bodies.append({ i % 2, QJsonDocument(body).toJson(QJsonDocument::Compact) });
    }
    QList<QNetworkReply*> replies;
    for (const auto& [which, body] : std::as_const(bodies))
        replies << client(which).start("POST", QStringLiteral("/v1/registrations"), body);
    const int limited = TestClient::finishAll(replies).value(QStringLiteral("E-RESEND-LIMIT"));
    const int sent = registration(0).messageCount(email) + registration(1).messageCount(email);
    QCOMPARE(sent, 5);
    QCOMPARE(limited, 5);
}

QTEST_MAIN(TestServerShared)
#include "tst_server_shared.moc"
