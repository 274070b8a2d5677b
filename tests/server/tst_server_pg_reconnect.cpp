// SPDX-License-Identifier: Apache-2.0
// PostgreSQL ends connections on a restart, a fail-over or an idle timeout. The server notices
// (Database::checkConnection, at most 2 s later per thread) and connects again, instead of failing
// every request until someone restarts it. The test ends the server's connections from the
// database side, as a restart would, for this test's database only (the cluster is shared).
// Registered only with AM_TEST_DB=postgres (tests/server/CMakeLists.txt).
#include "TestClient.h"
#include "TestServer.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

class TestServerPgReconnect : public QObject
{
    Q_OBJECT

private slots:
    void serverConnectsAgain();

private:
    // pg_terminate_backend on the server's connections; returns how many were ended.
    static int endServerConnections(const TestServer& server);
};

int TestServerPgReconnect::endServerConnections(const TestServer& server)
{
    int ended = 0;
    {
        QSqlDatabase db = server.openDatabase(QStringLiteral("terminator"));
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                               "WHERE datname = current_database() AND application_name = 'account-server' "
                               "AND pid <> pg_backend_pid()"))
            || !query.next()) {
            qWarning() << query.lastError().text();
            return -1;
        }
        ended = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
    return ended;
}

void TestServerPgReconnect::serverConnectsAgain()
{
    QVERIFY2(TestServer::postgresRequested(), "run with AM_TEST_DB=postgres (through ctest)");
    TestServer server;
    // One front thread, so every quick request uses the one connection the test ends.
    QVERIFY2(server.start({ QStringLiteral("--threads"), QStringLiteral("1") }),
             qPrintable(server.errorString()));
    const QString login = QStringLiteral("anna@example.com");
    const QString password = QStringLiteral("Bob2026pass");
    QVERIFY(server.addAccount(login, {}, QStringLiteral("RU"), password) > 0);
    TestClient client(server.url());
    const TestReply signIn
        = client.post(QStringLiteral("/v1/sessions"), TestClient::signInBody(login, password));
    QCOMPARE(signIn.status, 200);
    const QString access = signIn.json.value(QStringLiteral("accessToken")).toString();
    QCOMPARE(client.get(QStringLiteral("/v1/account"), access).status, 200);

    QVERIFY(endServerConnections(server) >= 1);
    // Within a few seconds every request is answered again, and from the same data. Meanwhile a
    // failing database is a server error, never a 401: the app ends its session on a 401.
    TestReply profile;
    QDeadlineTimer deadline(15000);
    do {
        QTest::qWait(200);
        profile = client.get(QStringLiteral("/v1/account"), access);
        QVERIFY2(profile.status != 401, profile.body.constData());
    } while (profile.status != 200 && !deadline.hasExpired());
    QCOMPARE(profile.status, 200);
    QCOMPARE(profile.json.value(QStringLiteral("email")).toString(), login);
    // Worker threads (sign-in hashes there) connect again too.
    QCOMPARE(client.post(QStringLiteral("/v1/sessions"), TestClient::signInBody(login, password)).status,
             200);
    QVERIFY(server.isRunning());
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestServerPgReconnect)
#include "tst_server_pg_reconnect.moc"
