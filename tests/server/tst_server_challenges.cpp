// SPDX-License-Identifier: Apache-2.0
// The code machinery every challenge shares, against a real account-server: racing resends get
// exactly one code out, and codes are stored under a keyed hash whose key lives outside the
// database (so a plain SHA-256 over ID and code, as before, finds nothing).
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "TestStack.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QNetworkReply>
#include <QThread>
#include <QtTest>

class TestServerChallenges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void racingResendsSendOnce_data();
    void racingResendsSendOnce();
    void codesAreKeyedHashes();
    void keySurvivesRestart();

private:
    // The code hash stored for a row of `table`.
    QByteArray storedHash(const QString& table, const QString& id) const;

    TestStack m_stack;
};

void TestServerChallenges::init()
{
    m_stack.reset();
}

void TestServerChallenges::cleanup()
{
    init();
}

QByteArray TestServerChallenges::storedHash(const QString& table, const QString& id) const
{
    return m_stack.server
        ->queryValue(QStringLiteral("SELECT code_hash FROM %1 WHERE id = ?").arg(table), { id })
        .toByteArray();
}

void TestServerChallenges::racingResendsSendOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("registration") << "registration";
    QTest::newRow("recovery") << "recovery";
}

void TestServerChallenges::racingResendsSendOnce()
{
    QFETCH(QString, kind);
    // One second between codes, so the race can be run without waiting a minute.
    QVERIFY(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("1") }));
    const QString email = QStringLiteral("race@example.com");
    QString path;
    if (kind == QLatin1String("registration")) {
        const TestReply started = m_stack.registration->startEmail(email);
        QCOMPARE(started.status, 201);
        path = QStringLiteral("/v1/registrations/%1/resend")
                   .arg(started.json.value("registrationId").toString());
    } else {
        QVERIFY(m_stack.server->addAccount(email, {}, QStringLiteral("RU"), QStringLiteral("Race2026pass"))
                > 0);
        const TestReply started = m_stack.flows->startRecovery(email);
        QCOMPARE(started.status, 201);
        path = QStringLiteral("/v1/recoveries/%1/resend").arg(started.json.value("recoveryId").toString());
    }
    QCOMPARE(m_stack.registration->messageCount(email), 1);
    QThread::msleep(1200);

    // Several resends at once, each on its own connection: exactly one may send.
    std::vector<std::unique_ptr<TestClient>> clients;
    QList<QNetworkReply*> pending;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<TestClient>(m_stack.server->url()));
        pending << clients.back()->start("POST", path, QByteArrayLiteral("{}"));
    }
    const QMap<QString, int> outcomes = TestClient::finishAll(pending);
    QCOMPARE(outcomes.value(QStringLiteral("200")), 1);
    QCOMPARE(outcomes.value(QStringLiteral("E-RESEND-TOO-EARLY")), 3);
    QCOMPARE(m_stack.registration->messageCount(email), 2);
}

void TestServerChallenges::codesAreKeyedHashes()
{
    QVERIFY(m_stack.start());
    // A registration code...
    const TestReply registration = m_stack.registration->startEmail(QStringLiteral("keyed@example.com"));
    const QString registrationId = registration.json.value("registrationId").toString();
    const QString registrationCode = m_stack.registration->lastCode(QStringLiteral("keyed@example.com"));
    // ...and a recovery code.
    QVERIFY(m_stack.server->addAccount({}, QStringLiteral("+79163334455"), QStringLiteral("RU"),
                                       QStringLiteral("Key2026pass"))
            > 0);
    const TestReply recovery = m_stack.flows->startRecovery(QStringLiteral("+79163334455"));
    const QString recoveryId = recovery.json.value("recoveryId").toString();
    const QString recoveryCode = m_stack.flows->lastCode(QStringLiteral("+79163334455"));

    const QList<std::tuple<QString, QString, QString>> rows {
        { QStringLiteral("registrations"), registrationId, registrationCode },
        { QStringLiteral("challenges"), recoveryId, recoveryCode },
    };
    for (const auto& [table, id, code] : rows) {
        const QByteArray stored = storedHash(table, id);
        QCOMPARE(stored.size(), 32);
        const QByteArray plain
            = QCryptographicHash::hash(id.toLatin1() + ':' + code.toUtf8(), QCryptographicHash::Sha256);
        QVERIFY2(stored != plain, qPrintable(table));
        QVERIFY(stored != QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256));
    }
    // The key: beside the database, 32 bytes, readable by the owner only.
    const QFileInfo key(m_stack.server->dataDir() + QStringLiteral("/verification.key"));
    QVERIFY(key.exists());
    QCOMPARE(key.size(), 32);
    QCOMPARE(key.permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    // And the codes work.
    QCOMPARE(m_stack.registration->verify(registrationId, registrationCode).status, 200);
    QCOMPARE(m_stack.flows->recoveryVerify(recoveryId, recoveryCode).status, 200);
}

void TestServerChallenges::keySurvivesRestart()
{
    QVERIFY(m_stack.start());
    const TestReply started = m_stack.registration->startPhone(QStringLiteral("+79163334466"));
    const QString id = started.json.value("registrationId").toString();
    const QString code = m_stack.registration->lastCode(QStringLiteral("+79163334466"));
    QVERIFY(m_stack.server->stop());
    QVERIFY(m_stack.server->start());
    m_stack.client = std::make_unique<TestClient>(m_stack.server->url());
    m_stack.registration = std::make_unique<TestRegistration>(m_stack.server.get(), m_stack.client.get());
    QCOMPARE(m_stack.registration->verify(id, code).status, 200);
}

QTEST_GUILESS_MAIN(TestServerChallenges)
#include "tst_server_challenges.moc"
