// SPDX-License-Identifier: Apache-2.0
// Password hashing runs off the event loop: a health request is answered while sign-ins hash.
#include "TestClient.h"
#include "TestServer.h"

#include <QNetworkReply>
#include <QtTest>

class TestServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void healthWhileHashing();
    void clientGoneWhileHashing();
};

void TestServerConcurrency::healthWhileHashing()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    // Six accounts: sign-ins to one account beyond three at once would be asked for a captcha
    // (each attempt counts before its hash; tst_server_throttle).
    for (int i = 0; i < 6; ++i)
        QVERIFY(server.addAccount(QStringLiteral("anna%1@example.com").arg(i), {}, QStringLiteral("RU"),
                                  QStringLiteral("Bob2026pass"))
                > 0);

    TestClient signIns(server.url());
    TestClient health(server.url()); // its own connection pool, so it does not queue behind the sign-ins
    // Warm up both clients' TLS connections so only the requests themselves are timed.
    QCOMPARE(signIns.get(QStringLiteral("/v1/health")).status, 200);
    QCOMPARE(health.get(QStringLiteral("/v1/health")).status, 200);

    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply*> pending;
    QList<qint64> signInDone;
    const int count = 6;
    for (int i = 0; i < count; ++i) {
        QNetworkReply* reply
            = signIns.start("POST", QStringLiteral("/v1/sessions"),
                            QJsonDocument(TestClient::signInBody(QStringLiteral("anna%1@example.com").arg(i),
                                                                 QStringLiteral("Bob2026pass"),
                                                                 QStringLiteral("device-%1").arg(i)))
                                .toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this,
                [&signInDone, &clock] { signInDone << clock.elapsed(); });
        pending << reply;
    }
    // Six Argon2id checks of ~50 ms each on a small pool take a few hundred ms in all; wait until the
    // server is surely busy with them, then ask for health.
    QTest::qWait(20);
    QNetworkReply* healthReply = health.start("GET", QStringLiteral("/v1/health"));
    const TestReply healthResult = TestClient::finish(healthReply);
    const qint64 healthDone = clock.elapsed();
    QCOMPARE(healthResult.status, 200);

    for (QNetworkReply* reply : pending)
        QCOMPARE(TestClient::finish(reply).status, 200);
    QCOMPARE(signInDone.size(), count);
    const qint64 lastSignIn = *std::max_element(signInDone.begin(), signInDone.end());
    QVERIFY2(
        healthDone < lastSignIn,
        qPrintable(QStringLiteral("health at %1 ms, last sign-in at %2 ms").arg(healthDone).arg(lastSignIn)));
}

void TestServerConcurrency::clientGoneWhileHashing()
{
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.addAccount(QStringLiteral("anna@example.com"), {}, QStringLiteral("RU"),
                              QStringLiteral("Bob2026pass"))
            > 0);
    {
        TestClient client(server.url());
        QCOMPARE(client.get(QStringLiteral("/v1/health")).status, 200);
        QNetworkReply* reply
            = client.start("POST", QStringLiteral("/v1/sessions"),
                           QJsonDocument(TestClient::signInBody(QStringLiteral("anna@example.com"),
                                                                QStringLiteral("Bob2026pass")))
                               .toJson(QJsonDocument::Compact));
        QTest::qWait(10); // sent, and now hashing on the server
        reply->abort();
        reply->deleteLater();
    } // the client and its connections are gone before the hash ends
    QTest::qWait(300);
    TestClient again(server.url());
    QCOMPARE(again.get(QStringLiteral("/v1/health")).status, 200);
    QVERIFY(server.isRunning());
    QVERIFY(server.stop());
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_server_concurrency.moc"
