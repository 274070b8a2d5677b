// The server answers on several front threads (--threads) that share one listening socket, with a
// prepared-statement cache per thread and, on SQLite, the log copied back on a thread of its own.
// These tests hold it to the same rules as one thread: every refresh token works once, whichever
// thread sees it, and nothing written waits in the log for a commit that happens to be large.
#include "TestClient.h"
#include "TestServer.h"

#include <QDir>
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

class TestServerThreads : public QObject
{
    Q_OBJECT

private slots:
    void refreshChainsInParallel();
    void reuseIsCaughtOnAnotherThread();
    void logIsCopiedBackInTheBackground();
    void logStaysBoundedUnderSteadyWrites();
    void badThreadCountIsRefused();

private:
    struct Signed
    {
        std::unique_ptr<TestClient> client; // its own connections, which the kernel spreads over the threads
        QString accessToken;
        QString refreshToken;
    };
    // Signs anna in `count` times, each time from another client and device.
    static bool signIn(const TestServer& server, int count, std::vector<Signed>* sessions);

    static const QString kPassword;
};

const QString TestServerThreads::kPassword = QStringLiteral("Bob2026pass");

bool TestServerThreads::signIn(const TestServer& server, int count, std::vector<Signed>* sessions)
{
    for (int i = 0; i < count; ++i) {
        Signed session { std::make_unique<TestClient>(server.url()), {}, {} };
        const TestReply reply
            = session.client->post(QStringLiteral("/v1/sessions"),
                                   TestClient::signInBody(QStringLiteral("anna@example.com"), kPassword,
                                                          QStringLiteral("device-%1").arg(i)));
        if (reply.status != 200)
            return false;
        session.accessToken = reply.json.value(QStringLiteral("accessToken")).toString();
        session.refreshToken = reply.json.value(QStringLiteral("refreshToken")).toString();
        sessions->push_back(std::move(session));
    }
    return true;
}

void TestServerThreads::refreshChainsInParallel()
{
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--threads"), QStringLiteral("3") }),
             qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"), kPassword) > 0);

    const int sessions = 6;
    std::vector<Signed> signedIn;
    QVERIFY(signIn(server, sessions, &signedIn));
    std::vector<TestClient*> clients;
    QStringList refreshTokens;
    QStringList accessTokens;
    for (const Signed& session : signedIn) {
        clients.push_back(session.client.get());
        refreshTokens << session.refreshToken;
        accessTokens << session.accessToken;
    }
    QSet<QString> seen(refreshTokens.cbegin(), refreshTokens.cend());
    for (int round = 0; round < 12; ++round) {
        QList<QNetworkReply*> refreshes;
        QList<QNetworkReply*> profiles;
        for (int i = 0; i < sessions; ++i) {
            const QJsonObject body { { QStringLiteral("refreshToken"), refreshTokens[i] } };
            refreshes << clients[i]->start("POST", QStringLiteral("/v1/sessions/refresh"),
                                           QJsonDocument(body).toJson(QJsonDocument::Compact));
            profiles << clients[i]->start("GET", QStringLiteral("/v1/account"), {}, accessTokens[i]);
        }
        for (int i = 0; i < sessions; ++i) {
            const TestReply refreshed = TestClient::finish(refreshes[i]);
            QVERIFY2(refreshed.status == 200,
                     qPrintable(QStringLiteral("round %1, session %2: %3 %4")
                                    .arg(round)
                                    .arg(i)
                                    .arg(refreshed.status)
                                    .arg(QString::fromUtf8(refreshed.body))));
            const TestReply profile = TestClient::finish(profiles[i]);
            QCOMPARE(profile.status, 200);
            QCOMPARE(profile.json.value(QStringLiteral("email")).toString(),
                     QStringLiteral("anna@example.com"));
            refreshTokens[i] = refreshed.json.value(QStringLiteral("refreshToken")).toString();
            accessTokens[i] = refreshed.json.value(QStringLiteral("accessToken")).toString();
            QVERIFY2(!seen.contains(refreshTokens[i]), "a refresh token was issued twice");
            seen.insert(refreshTokens[i]);
        }
    }
    QCOMPARE(seen.size(), sessions * 13);
    QVERIFY(server.stop());
}

void TestServerThreads::reuseIsCaughtOnAnotherThread()
{
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--threads"), QStringLiteral("4") }),
             qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"), kPassword) > 0);
    TestClient first(server.url());
    const TestReply signIn
        = first.post(QStringLiteral("/v1/sessions"),
                     TestClient::signInBody(QStringLiteral("anna@example.com"), kPassword));
    QCOMPARE(signIn.status, 200);
    const QJsonObject body { { QStringLiteral("refreshToken"),
                               signIn.json.value(QStringLiteral("refreshToken")) } };
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

    // The same token on eight connections at once: exactly one refresh wins; the others are reuses,
    // which end the session (so the winner's new tokens die with it), or, once it has ended,
    // simply invalid.
    std::vector<std::unique_ptr<TestClient>> clients;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 8; ++i) {
        clients.push_back(std::make_unique<TestClient>(server.url()));
        QCOMPARE(clients.back()->get(QStringLiteral("/v1/health")).status, 200); // connected first
    }
    for (auto& client : clients)
        replies << client->start("POST", QStringLiteral("/v1/sessions/refresh"), json);
    int won = 0;
    int reused = 0;
    int refused = 0;
    QString winnerAccess;
    for (QNetworkReply* reply : replies) {
        const TestReply result = TestClient::finish(reply);
        if (result.status == 200) {
            ++won;
            winnerAccess = result.json.value(QStringLiteral("accessToken")).toString();
        } else if (result.errorCode() == QLatin1String("E-REFRESH-REUSED")) {
            ++reused;
        } else if (result.errorCode() == QLatin1String("E-REFRESH-INVALID")) {
            ++refused;
        }
    }
    QCOMPARE(won, 1);
    QVERIFY(reused >= 1);
    QCOMPARE(reused + refused, 7);
    QCOMPARE(first.get(QStringLiteral("/v1/account"), winnerAccess).status, 401);
    QVERIFY(server.stop());
}

void TestServerThreads::logIsCopiedBackInTheBackground()
{
    if (TestServer::postgresRequested())
        QSKIP("SQLite's write-ahead log; PostgreSQL keeps its own");
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"), kPassword) > 0);
    TestClient client(server.url());
    QCOMPARE(client
                 .post(QStringLiteral("/v1/sessions"),
                       TestClient::signInBody(QStringLiteral("anna@example.com"), kPassword))
                 .status,
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

void TestServerThreads::logStaysBoundedUnderSteadyWrites()
{
    if (TestServer::postgresRequested())
        QSKIP("SQLite's write-ahead log; PostgreSQL keeps its own");
    // With writes never pausing, SQLite never finds the log all copied when a writer starts, so it
    // never starts it over: the checkpointer must. A 1 MiB limit makes a few seconds of refreshes
    // (about 20 KiB of log each) go far past it. Sixteen clients keep the writes from pausing (with
    // four, SQLite found moments to start over by itself).
    TestServer server;
    QVERIFY2(server.start({ QStringLiteral("--wal-limit"), QStringLiteral("1") }),
             qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"), kPassword) > 0);
    const int sessions = 16;
    std::vector<Signed> signedIn;
    QVERIFY(signIn(server, sessions, &signedIn));
    std::vector<TestClient*> clients;
    QStringList tokens;
    for (const Signed& session : signedIn) {
        clients.push_back(session.client.get());
        tokens << session.refreshToken;
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

void TestServerThreads::badThreadCountIsRefused()
{
    for (const QString& count : { QStringLiteral("-1"), QStringLiteral("many"), QStringLiteral("1000") }) {
        TestServer server;
        QVERIFY(!server.start({ QStringLiteral("--threads"), count }));
        QVERIFY2(server.errorString().contains(QLatin1String("--threads wants a number")),
                 qPrintable(server.errorString()));
    }
}

QTEST_GUILESS_MAIN(TestServerThreads)
#include "tst_server_threads.moc"
