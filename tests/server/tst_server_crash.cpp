// SPDX-License-Identifier: Apache-2.0
// Crash safety: several clients register, sign in and refresh tokens at once while the server is
// killed with SIGKILL at random moments and restarted on the same data. Whatever the server
// answered must survive: every account whose creation was answered signs in, every refresh token
// it handed out (and that was not spent since) still refreshes, and the database passes its
// integrity check after every kill. A request cut off by a kill has no answer, so it promises
// nothing; its results are neither expected nor counted.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "TestTls.h"
#include "api/OneShotBody.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

namespace {
constexpr int kWorkers = 4;
constexpr int kKills = 15;
const QString kPassword = QStringLiteral("Crash2026safe");

// What one client was told by the server.
struct Ledger
{
    QStringList accounts; // emails whose registration was answered with tokens
    QStringList refreshTokens; // answered and not spent by an answered refresh since
    QStringList problems; // answers that must not happen, e.g. a known account failing to sign in
    int answered = 0;
    int cut = 0; // requests without an answer (the server died or was down)
};

class Worker
{
public:
    Worker(int number, TestServer* server, const QUrl& url, const std::atomic<bool>* stop,
           const std::atomic<int>* kills, Ledger* ledger)
        : m_number(number)
        , m_server(server)
        , m_url(url)
        , m_stop(stop)
        , m_kills(kills)
        , m_ledger(ledger)
    {
    }

    void run()
    {
        QNetworkAccessManager manager;
        m_manager = &manager;
        TestClient client(m_url); // only for reading codes from the outbox
        TestRegistration registration(m_server, &client);
        m_registration = &registration;
        int serial = 0;
        while (!m_stop->load()) {
            const int pick = int(QRandomGenerator::global()->bounded(3));
            if (pick == 0 || m_ledger->accounts.isEmpty())
                registerOne(QStringLiteral("w%1-%2@example.com").arg(m_number).arg(serial++));
            else if (pick == 1)
                signIn();
            else
                refresh();
        }
    }

private:
    // True when the reply is an answer to exactly one delivery of the request. A request that was
    // under way while the server was killed is in doubt even when answered: QNetworkAccessManager
    // silently sends a request again when its connection closes before the answer, so the answer
    // may be to a second delivery of it, to the restarted server.
    bool answered(const TestReply& reply, int generation)
    {
        // m_kills is odd from just before a kill until the restarted server listens.
        if (reply.status == 0 || generation % 2 != 0 || generation != m_kills->load()) {
            ++m_ledger->cut;
            QThread::msleep(20);
            return false;
        }
        ++m_ledger->answered;
        return true;
    }

    void problem(const char* what, const TestReply& reply)
    {
        m_ledger->problems
            << QStringLiteral("%1: %2 %3").arg(QLatin1String(what)).arg(reply.status).arg(reply.errorCode());
    }

    // POST path with a JSON body, sent at most once.
    TestReply post(const QString& path, const QJsonObject& json = {})
    {
        QUrl url = m_url;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setSslConfiguration(TestTls::configuration());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const QByteArray data = QJsonDocument(json).toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentLengthHeader, data.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // Never sent again by Qt itself: a refresh the server already carried out would come back
        // as a reuse. A request that cannot be resent fails instead, and counts as cut off.
        auto* body = new OneShotBody(data, nullptr);
        QNetworkReply* reply = m_manager->post(request, body);
        body->setParent(reply);
        return TestClient::finish(reply);
    }

    QJsonObject device() const
    {
        return TestClient::signInBody({}, {}, QStringLiteral("device-%1").arg(m_number))
            .value(QStringLiteral("device"))
            .toObject();
    }

    void registerOne(const QString& email)
    {
        int generation = m_kills->load();
        const TestReply captcha = post(QStringLiteral("/v1/captcha"));
        if (!answered(captcha, generation))
            return;
        const QString captchaId = captcha.json.value(QStringLiteral("captchaId")).toString();
        const QJsonObject solved { { QStringLiteral("id"), captchaId },
                                   { QStringLiteral("answer"), m_server->captchaAnswer(captchaId) } };
        generation = m_kills->load();
        const TestReply started = post(QStringLiteral("/v1/registrations"),
                                       { { QStringLiteral("method"), QStringLiteral("email") },
                                         { QStringLiteral("email"), email },
                                         { QStringLiteral("region"), QStringLiteral("RU") },
                                         { QStringLiteral("captcha"), solved } });
        if (!answered(started, generation))
            return;
        if (started.status != 201)
            return problem("registration start", started);
        const QString id = started.json.value(QStringLiteral("registrationId")).toString();
        generation = m_kills->load();
        const TestReply verified = post(QStringLiteral("/v1/registrations/%1/verify").arg(id),
                                        { { QStringLiteral("code"), m_registration->lastCode(email) } });
        if (!answered(verified, generation))
            return;
        if (verified.status != 200)
            return problem("code", verified);
        generation = m_kills->load();
        const TestReply done
            = post(QStringLiteral("/v1/registrations/%1/complete").arg(id),
                   { { QStringLiteral("password"), kPassword }, { QStringLiteral("device"), device() } });
        if (!answered(done, generation))
            return;
        if (done.status != 200)
            return problem("registration complete", done);
        m_ledger->accounts << email;
        m_ledger->refreshTokens << done.json.value(QStringLiteral("refreshToken")).toString();
    }

    void signIn()
    {
        const QString email = m_ledger->accounts.at(
            int(QRandomGenerator::global()->bounded(qsizetype(m_ledger->accounts.size()))));
        const int generation = m_kills->load();
        const TestReply reply = post(QStringLiteral("/v1/sessions"),
                                     { { QStringLiteral("login"), email },
                                       { QStringLiteral("password"), kPassword },
                                       { QStringLiteral("device"), device() } });
        if (!answered(reply, generation))
            return;
        // A sign-in counts against its account before the hash; one cut off by a kill stays counted,
        // as the server cannot know it was right, so after three such an account asks for a captcha.
        if (reply.errorCode() == QLatin1String("E-CAPTCHA-REQUIRED"))
            return;
        if (reply.status != 200)
            return problem("sign-in", reply);
        m_ledger->refreshTokens << reply.json.value(QStringLiteral("refreshToken")).toString();
    }

    void refresh()
    {
        if (m_ledger->refreshTokens.isEmpty())
            return;
        const int index = int(QRandomGenerator::global()->bounded(qsizetype(m_ledger->refreshTokens.size())));
        // Spent or not, a cut refresh leaves its token in doubt: it is no longer expected to work.
        const QString token = m_ledger->refreshTokens.takeAt(index);
        const int generation = m_kills->load();
        const TestReply reply
            = post(QStringLiteral("/v1/sessions/refresh"), { { QStringLiteral("refreshToken"), token } });
        if (!answered(reply, generation))
            return;
        if (reply.status != 200)
            return problem("refresh", reply);
        m_ledger->refreshTokens << reply.json.value(QStringLiteral("refreshToken")).toString();
    }

    int m_number;
    TestServer* m_server;
    QNetworkAccessManager* m_manager = nullptr;
    TestRegistration* m_registration = nullptr;
    QUrl m_url;
    const std::atomic<bool>* m_stop;
    const std::atomic<int>* m_kills;
    Ledger* m_ledger;
};
} // namespace

class TestServerCrash : public QObject
{
    Q_OBJECT

private slots:
    void answeredWorkSurvivesKills();
};

void TestServerCrash::answeredWorkSurvivesKills()
{
    TestServer server;
    // No wait between codes: each registration sends exactly one.
    const QStringList args { QStringLiteral("--resend-interval"), QStringLiteral("0") };
    QVERIFY2(server.start(args), qPrintable(server.errorString()));
    // The same port after every restart, so the clients need not be told.
    const QStringList restartArgs = args
        + QStringList { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(server.port()) };
    const QUrl url = server.url();

    std::atomic<bool> stop { false };
    std::atomic<int> kills { 0 };
    QList<Ledger> ledgers(kWorkers);
    QList<QThread*> threads;
    for (int i = 0; i < kWorkers; ++i) {
        threads << QThread::create([&, i] { Worker(i, &server, url, &stop, &kills, &ledgers[i]).run(); });
        threads.last()->start();
    }

    for (int kill = 0; kill < kKills; ++kill) {
        QThread::msleep(500 + QRandomGenerator::global()->bounded(1500));
        ++kills; // before the kill, so no request under way meanwhile counts as cleanly answered
        server.kill();
        if (!server.usesPostgres()) {
            // The file as the crash left it: SQLite's own check, before the server recovers it.
            QSqlDatabase db = server.openDatabase(QStringLiteral("check"));
            QSqlQuery query(db);
            const bool ok = query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next();
            const QString verdict = ok ? query.value(0).toString() : query.lastError().text();
            query.finish();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("check"));
            QCOMPARE(verdict, QStringLiteral("ok"));
        }
        QVERIFY2(server.start(restartArgs), qPrintable(server.errorString()));
        ++kills; // and after the restart: a request begun before it may have met the kill
    }
    // Let the clients run once more against the last restart, then stop them.
    QThread::msleep(500);
    stop = true;
    for (QThread* thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }

    int answered = 0;
    int cut = 0;
    QStringList accounts;
    QStringList tokens;
    for (const Ledger& ledger : std::as_const(ledgers)) {
        QVERIFY2(ledger.problems.isEmpty(), qPrintable(ledger.problems.join(QStringLiteral("; "))));
        answered += ledger.answered;
        cut += ledger.cut;
        accounts += ledger.accounts;
        tokens += ledger.refreshTokens;
    }
    qInfo("%d kills; %d answers, %d requests cut off; %lld accounts and %lld refresh tokens to check", kKills,
          answered, cut, qlonglong(accounts.size()), qlonglong(tokens.size()));
    // Enough happened between the kills for the test to mean something.
    QVERIFY(accounts.size() >= 5);
    QVERIFY(answered >= 50);
    QVERIFY(cut > 0);

    TestClient client(server.url());
    TestAccountFlows flows(&server, &client);
    for (const QString& email : std::as_const(accounts)) {
        // With a solved captcha: sign-ins cut off by kills may have left the account asking for one.
        const TestReply signIn = flows.signIn(email, kPassword, QStringLiteral("checker"), true);
        QVERIFY2(signIn.status == 200, qPrintable(email + QLatin1Char(' ') + signIn.errorCode()));
    }
    for (const QString& token : std::as_const(tokens)) {
        const TestReply refreshed = flows.refresh(token);
        QVERIFY2(refreshed.status == 200, qPrintable(refreshed.errorCode()));
    }
    QVERIFY(server.stop());
}

QTEST_MAIN(TestServerCrash)
#include "tst_server_crash.moc"
