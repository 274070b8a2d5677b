// SPDX-License-Identifier: Apache-2.0
// What the server leaves behind: files readable by its own user only, stale rows and old outbox
// entries pruned (but not the failure streaks), a deleted account's codes gone from the outbox, and a
// log that a client cannot forge lines in.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestTls.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslSocket>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Tidy2026secure");
}

class TestServerHygiene : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void filesAreTheServersAlone();
    void staleRowsAndOldOutboxEntriesPruned();
    void deletedAccountLeavesNoCodesInTheOutbox();
    void logLinesCannotBeForged();

private:
    int count(const QString& sql) const;

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<TestAccountFlows> m_flows;
};

void TestServerHygiene::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_client = std::make_unique<TestClient>(m_server->url());
    m_flows = std::make_unique<TestAccountFlows>(m_server.get(), m_client.get());
}

void TestServerHygiene::cleanup()
{
    m_flows.reset();
    m_client.reset();
    m_server.reset();
}

int TestServerHygiene::count(const QString& sql) const
{
    return m_server->queryInt(sql);
}

void TestServerHygiene::filesAreTheServersAlone()
{
    // Something in the outbox first (a captcha answer in test mode).
    QCOMPARE(m_client->send("POST", QStringLiteral("/v1/captcha")).status, 200);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QStringList checked;
    const QFileInfoList files = QDir(m_server->dataDir()).entryInfoList(QDir::Files);
    for (const QFileInfo& file : files) {
        if (file.fileName() == QLatin1String("server.log"))
            continue; // the test's own capture of the server's stderr
        QVERIFY2(!(file.permissions() & others), qPrintable(file.fileName()));
        checked << file.fileName();
    }
    // The test's shell umask is 022: these were made private by the server itself.
    QVERIFY2(checked.contains(QStringLiteral("outbox.jsonl")), qPrintable(checked.join(u' ')));
    QVERIFY2(checked.contains(QStringLiteral("verification.key")), qPrintable(checked.join(u' ')));
}

void TestServerHygiene::staleRowsAndOldOutboxEntriesPruned()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    {
        QSqlDatabase db = m_server->openDatabase(QStringLiteral("stale"));
        const QStringList inserts {
            // A count that faded an hour ago, one still fresh, and a streak of a month ago.
            QStringLiteral(
                "INSERT INTO login_failures (key, failures, last_failure) VALUES ('addr:old', 2, %1)")
                .arg(now - hour),
            QStringLiteral(
                "INSERT INTO login_failures (key, failures, last_failure) VALUES ('addr:new', 2, %1)")
                .arg(now),
            QStringLiteral("INSERT INTO login_failures (key, failures, last_failure) VALUES "
                           "('streak:account:1', 40, %1)")
                .arg(now - 30 * 24 * hour),
            QStringLiteral("INSERT INTO recovery_starts (key, started_at) VALUES ('addr:old', %1)")
                .arg(now - 48 * hour),
            QStringLiteral("INSERT INTO recovery_starts (key, started_at) VALUES ('addr:new', %1)").arg(now),
        };
        for (const QString& sql : inserts) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stale"));
    {
        QFile outbox(m_server->outboxPath());
        QVERIFY(outbox.open(QIODevice::Append));
        outbox.write(R"({"channel":"email","destination":"old@example.com","code":"123456","time":")"
                     + QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODateWithMs).toUtf8()
                     + "\"}\n");
        outbox.write(R"({"channel":"email","destination":"new@example.com","code":"654321","time":")"
                     + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + "\"}\n");
    }
    // Housekeeping runs at start (and every ten minutes).
    QVERIFY(m_server->stop());
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = 'addr:old'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = 'addr:new'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = 'streak:account:1'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recovery_starts WHERE key = 'addr:old'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM recovery_starts WHERE key = 'addr:new'")), 1);
    QStringList destinations;
    for (const QJsonObject& entry : m_server->outboxEntries())
        destinations << entry.value(QStringLiteral("destination")).toString();
    QVERIFY(!destinations.contains(QStringLiteral("old@example.com")));
    QVERIFY(destinations.contains(QStringLiteral("new@example.com")));
}

void TestServerHygiene::deletedAccountLeavesNoCodesInTheOutbox()
{
    const QString email = QStringLiteral("gone@example.com");
    QVERIFY(m_server->addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);
    const QString token
        = m_flows->signIn(email, kPassword).json.value(QStringLiteral("accessToken")).toString();
    QVERIFY(!token.isEmpty());
    const TestReply started
        = m_client->send("POST", QStringLiteral("/v1/account/deletion/challenges"), "{}", token);
    const QString challengeId = started.json.value(QStringLiteral("challengeId")).toString();
    QVERIFY2(!challengeId.isEmpty(), started.body.constData());
    const QString code = m_flows->lastCode(email);
    QVERIFY(!code.isEmpty());
    const QJsonObject body { { QStringLiteral("password"), kPassword },
                             { QStringLiteral("challengeId"), challengeId },
                             { QStringLiteral("code"), code } };
    QCOMPARE(
        m_client->send("DELETE", QStringLiteral("/v1/account"), QJsonDocument(body).toJson(), token).status,
        204);
    QStringList purposes;
    for (const QJsonObject& entry : m_server->outboxEntries()) {
        if (entry.value(QStringLiteral("destination")).toString() == email)
            purposes << entry.value(QStringLiteral("purpose")).toString();
    }
    // Only the notice of the deletion, as sent; its code is gone.
    QCOMPARE(purposes, QStringList { QStringLiteral("account-deleted") });
}

void TestServerHygiene::logLinesCannotBeForged()
{
    // %0A decodes to a newline: written raw it would start a line of the client's making; %1B would
    // drive the terminal of whoever reads the log. Sent over a socket of its own, as QUrl would
    // encode the '%' again.
    QSslSocket socket;
    socket.setSslConfiguration(TestTls::configuration());
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForEncrypted(10000));
    socket.write("GET /v1/%0A2026-01-01T00:00:00.000Z%20forged%1B[2J HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Connection: close\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(5000))
        response += socket.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 404"), response.constData());
    QVERIFY(m_server->stop());
    const QByteArray text = m_server->log();
    QVERIFY2(text.contains("/v1/\\x0a2026-01-01T00:00:00.000Z\\x20forged\\x1b[2J 404"), text.constData());
    for (const QByteArray& line : text.split('\n'))
        QVERIFY2(!line.startsWith("2026-01-01T00:00:00.000Z"), line.constData());
    QVERIFY(!text.contains('\x1b'));
}

QTEST_GUILESS_MAIN(TestServerHygiene)
#include "tst_server_hygiene.moc"
