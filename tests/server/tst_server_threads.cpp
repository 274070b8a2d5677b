// SPDX-License-Identifier: Apache-2.0
// The server answers on several front threads (--threads) that share one listening socket, with a
// prepared-statement cache per thread. These tests hold it to the same rules as one thread: every
// refresh token works once, whichever thread sees it. (SQLite's log: tst_server_wal.)
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"

#include <QNetworkReply>
#include <QtTest>
#include <memory>
#include <vector>

class TestServerThreads : public QObject
{
    Q_OBJECT

private slots:
    void refreshChainsInParallel();
    void reuseIsCaughtOnAnotherThread();
    void badThreadCountIsRefused();

private:
    struct Signed
    {
        std::unique_ptr<TestClient> client; // its own connections, which the kernel spreads over the threads
        QString accessToken;
        QString refreshToken;
    };
    // Signs anna in `count` times, each time from another client and device.
    static bool signIn(TestServer& server, int count, std::vector<Signed>* sessions);

    static const QString kPassword;
};

const QString TestServerThreads::kPassword = QStringLiteral("Bob2026pass");

bool TestServerThreads::signIn(TestServer& server, int count, std::vector<Signed>* sessions)
{
    for (int i = 0; i < count; ++i) {
        Signed session { std::make_unique<TestClient>(server.url()), {}, {} };
        const TestReply reply
            = TestAccountFlows(&server, session.client.get())
                  .signIn(QStringLiteral("anna@example.com"), kPassword, QStringLiteral("device-%1").arg(i));
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
