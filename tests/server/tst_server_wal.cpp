// SPDX-License-Identifier: Apache-2.0
// SQLite's write-ahead log under the server (SQLite only: PostgreSQL keeps its own log). The
// log is copied back into the database file by a thread of its own (WalCheckpointer), so no request
// waits for that copy's disk flush, and started over past --wal-limit, which SQLite alone never does
// while writes keep coming.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>
#include <memory>
#include <vector>

namespace {
const QString kPassword = QStringLiteral("Bob2026pass");
} // namespace

class TestServerWal : public QObject
{
    Q_OBJECT

private slots:
    void logIsCopiedBackInTheBackground();
    void logStaysBoundedUnderSteadyWrites();
};

void TestServerWal::logIsCopiedBackInTheBackground()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"), kPassword) > 0);
    TestClient client(server.url());
    QCOMPARE(TestAccountFlows(&server, &client).signIn(QStringLiteral("anna@example.com"), kPassword).status,
             200);
    // A session is a few pages, far below the 1,000 at which a commit would copy the log itself;
    // the database file alone (no -wal beside it) has it only once the checkpointer ran.
    QTemporaryDir copyDir;
    const QString copy = copyDir.filePath(QStringLiteral("alone.sqlite"));
    int sessions = 0;
    for (int attempt = 0; attempt < 30 && sessions == 0; ++attempt) {
        QTest::qWait(100);
        QFile::remove(copy);
        QVERIFY(QFile::copy(server.databasePath(), copy));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alone"));
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT count(*) FROM sessions")) && query.next())
                sessions = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alone"));
    }
    QCOMPARE(sessions, 1);
    QVERIFY(server.stop());
}

void TestServerWal::logStaysBoundedUnderSteadyWrites()
{
    // With writes never pausing, SQLite never finds the log all copied when a writer starts, so it
    // never starts it over: the checkpointer must. A 1 MiB limit makes a few seconds of refreshes
    // (about 20 KiB of log each) go far past it. Sixteen clients keep the writes from pausing (with
    // four, SQLite found moments to start over by itself).
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--wal-limit"), QStringLiteral("1") }),
             qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"), kPassword) > 0);
    const int sessions = 16;
    std::vector<std::unique_ptr<TestClient>> clients;
    QStringList tokens;
    for (int i = 0; i < sessions; ++i) {
        clients.push_back(std::make_unique<TestClient>(server.url()));
        const TestReply signIn
            = TestAccountFlows(&server, clients.back().get())
                  .signIn(QStringLiteral("anna@example.com"), kPassword, QStringLiteral("device-%1").arg(i));
        QCOMPARE(signIn.status, 200);
        tokens << signIn.json.value(QStringLiteral("refreshToken")).toString();
    }
    // Each client sends its next refresh the moment the last one is answered, for 4 seconds.
    int answered = 0;
    int failed = 0;
    qint64 largestLog = 0;
    const QString logPath = server.databasePath() + QStringLiteral("-wal");
    QElapsedTimer clock;
    clock.start();
    std::function<void(int)> next = [&](int i) {
        const QJsonObject body { { QStringLiteral("refreshToken"), tokens[i] } };
        QNetworkReply* reply = clients[i]->start("POST", QStringLiteral("/v1/sessions/refresh"),
                                                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [&, i, reply] {
            const TestReply result = TestClient::read(reply);
            reply->deleteLater();
            ++answered;
            largestLog = qMax(largestLog, QFileInfo(logPath).size());
            if (result.status != 200) {
                ++failed;
                return;
            }
            tokens[i] = result.json.value(QStringLiteral("refreshToken")).toString();
            if (clock.elapsed() < 4000)
                next(i);
        });
    };
    for (int i = 0; i < sessions; ++i)
        next(i);
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= 4000 && answered >= 4 * sessions, 30000);
    QTest::qWait(500); // the last answers
    QCOMPARE(failed, 0);
    QVERIFY2(answered > 400,
             qPrintable(QStringLiteral("only %1 refreshes: too few to test the limit").arg(answered)));
    // A refresh adds about 20 KiB of log; never copied back, 4 s of them would all be there. With
    // the limit, the most is 1 MiB plus what about a second (the checkpointer's pace) adds.
    QVERIFY2(largestLog < qint64(answered) * 12 * 1024,
             qPrintable(QStringLiteral("log of %1 bytes after %2 refreshes").arg(largestLog).arg(answered)));
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestServerWal)
#include "tst_server_wal.moc"
