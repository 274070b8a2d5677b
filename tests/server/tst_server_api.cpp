// SPDX-License-Identifier: Apache-2.0
// Sign-in, tokens and profile against a real account-server over TLS.
#include "TestClient.h"
#include "TestServer.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

class TestServerApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void health();
    void signInByEmailPhoneAndId_data();
    void signInByEmailPhoneAndId();
    void unknownLoginAndWrongPasswordLookAlike();
    void profile();
    void profileNeedsToken();
    void refreshRotatesAndDetectsReuse();
    void reuseBySameDeviceSoonForgiven();
    void signOutRevokesSession();
    void accessTokenExpires();
    void logHasNoSecrets();
    void databaseKeepsOnlyHashes();
    void cleanupTestCase();

private:
    QJsonObject signIn(const QString& login, const QString& password = QStringLiteral("Correct9horse"));

    TestServer m_server;
    std::unique_ptr<TestClient> m_client;
    qint64 m_accountId = 0;
};

QJsonObject TestServerApi::signIn(const QString& login, const QString& password)
{
    const TestReply reply
        = m_client->post(QStringLiteral("/v1/sessions"), TestClient::signInBody(login, password));
    if (reply.status != 200)
        qWarning() << "sign-in failed" << reply.status << reply.body;
    return reply.json;
}

void TestServerApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<TestClient>(m_server.url());
    m_accountId = m_server.addAccount(QStringLiteral("Anna@Example.com"), QStringLiteral("+79123456789"),
                                      QStringLiteral("RU"), QStringLiteral("Correct9horse"));
    QVERIFY2(m_accountId >= 1000000000 && m_accountId <= 9999999999, qPrintable(m_server.errorString()));
}

void TestServerApi::health()
{
    const TestReply reply = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("status").toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value("version").toString(), QStringLiteral(ACCOUNT_MANAGER_VERSION));
    const QDateTime time = QDateTime::fromString(reply.json.value("time").toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(reply.requestId.size(), 32);
}

void TestServerApi::signInByEmailPhoneAndId_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("email") << QStringLiteral("anna@example.com");
    QTest::newRow("email, other case, spaces") << QStringLiteral("  ANNA@example.COM ");
    QTest::newRow("phone") << QStringLiteral("+79123456789");
    QTest::newRow("account ID") << QStringLiteral("ID");
}

void TestServerApi::signInByEmailPhoneAndId()
{
    QFETCH(QString, login);
    if (login == QLatin1String("ID"))
        login = QString::number(m_accountId);
    const QJsonObject tokens = signIn(login);
    QCOMPARE(tokens.value("accountId").toInteger(), m_accountId);
    QCOMPARE(tokens.value("expiresIn").toInt(), 900);
    const QString access = tokens.value("accessToken").toString();
    const QString refresh = tokens.value("refreshToken").toString();
    // 32 random bytes in base64url without padding
    QCOMPARE(access.size(), 43);
    QCOMPARE(refresh.size(), 43);
    QVERIFY(access != refresh);
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]+$")).match(access).hasMatch());
}

void TestServerApi::unknownLoginAndWrongPasswordLookAlike()
{
    const TestReply wrong
        = m_client->post(QStringLiteral("/v1/sessions"),
                         TestClient::signInBody(QStringLiteral("anna@example.com"), QStringLiteral("nope")));
    const TestReply unknown = m_client->post(
        QStringLiteral("/v1/sessions"),
        TestClient::signInBody(QStringLiteral("nobody@example.com"), QStringLiteral("Correct9horse")));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(unknown.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-LOGIN-FAILED"));
    QCOMPARE(unknown.errorCode(), QStringLiteral("E-LOGIN-FAILED"));
    const auto message = [](const TestReply& reply) {
        return reply.json.value("error").toObject().value("message").toString();
    };
    QCOMPARE(message(wrong), message(unknown));
    QVERIFY(!message(wrong).isEmpty());
    QCOMPARE(wrong.errorField(), unknown.errorField());
    QCOMPARE(wrong.errorRequestId().toLatin1(), wrong.requestId);
    QVERIFY(wrong.requestId != unknown.requestId);
    // Two failures only: the next tests must not need a captcha. Success resets the login's count.
    QVERIFY(!signIn(QStringLiteral("anna@example.com")).isEmpty());
}

void TestServerApi::profile()
{
    const QString access = signIn(QStringLiteral("+79123456789")).value("accessToken").toString();
    const TestReply reply = m_client->get(QStringLiteral("/v1/account"), access);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value("accountId").toInteger(), m_accountId);
    QCOMPARE(reply.json.value("email").toString(), QStringLiteral("anna@example.com"));
    QCOMPARE(reply.json.value("phone").toString(), QStringLiteral("+79123456789"));
    QCOMPARE(reply.json.value("region").toString(), QStringLiteral("RU"));
    const QDateTime created = QDateTime::fromString(reply.json.value("createdAt").toString(), Qt::ISODate);
    QVERIFY(created.isValid());
    QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 600);

    // An account with no email: email is null, not "".
    const qint64 phoneOnly = m_server.addAccount({}, QStringLiteral("+79990001122"), QStringLiteral("RU"),
                                                 QStringLiteral("Second2pass"));
    QVERIFY(phoneOnly > 0);
    const QString token = signIn(QStringLiteral("+79990001122"), QStringLiteral("Second2pass"))
                              .value("accessToken")
                              .toString();
    const TestReply second = m_client->get(QStringLiteral("/v1/account"), token);
    QCOMPARE(second.status, 200);
    QVERIFY(second.json.value("email").isNull());
    QCOMPARE(second.json.value("accountId").toInteger(), phoneOnly);
}

void TestServerApi::profileNeedsToken()
{
    const TestReply none = m_client->get(QStringLiteral("/v1/account"));
    QCOMPARE(none.status, 401);
    QCOMPARE(none.errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    const TestReply bogus = m_client->get(QStringLiteral("/v1/account"), QStringLiteral("bogus-token"));
    QCOMPARE(bogus.status, 401);
    QCOMPARE(bogus.errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    QCOMPARE(bogus.errorRequestId().toLatin1(), bogus.requestId);
    // A refresh token is not an access token.
    const QString refresh = signIn(QStringLiteral("anna@example.com")).value("refreshToken").toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), refresh).errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
}

void TestServerApi::refreshRotatesAndDetectsReuse()
{
    const QJsonObject first = signIn(QStringLiteral("anna@example.com"));
    const QString refresh1 = first.value("refreshToken").toString();
    const TestReply rotated = m_client->post(QStringLiteral("/v1/sessions/refresh"),
                                             { { QStringLiteral("refreshToken"), refresh1 } });
    QCOMPARE(rotated.status, 200);
    QCOMPARE(rotated.json.value("accountId").toInteger(), m_accountId);
    const QString access2 = rotated.json.value("accessToken").toString();
    const QString refresh2 = rotated.json.value("refreshToken").toString();
    QVERIFY(refresh2 != refresh1);
    QVERIFY(access2 != first.value("accessToken").toString());
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), access2).status, 200);

    // The old refresh token again: a replay. The whole session ends.
    const TestReply reused = m_client->post(QStringLiteral("/v1/sessions/refresh"),
                                            { { QStringLiteral("refreshToken"), refresh1 } });
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("E-REFRESH-REUSED"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), access2).errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    const TestReply afterRevoke = m_client->post(QStringLiteral("/v1/sessions/refresh"),
                                                 { { QStringLiteral("refreshToken"), refresh2 } });
    QCOMPARE(afterRevoke.errorCode(), QStringLiteral("E-REFRESH-INVALID"));

    const TestReply unknown
        = m_client->post(QStringLiteral("/v1/sessions/refresh"),
                         { { QStringLiteral("refreshToken"), QStringLiteral("not-a-token") } });
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorCode(), QStringLiteral("E-REFRESH-INVALID"));

    // Other sessions of the same account are untouched.
    const QString other = signIn(QStringLiteral("anna@example.com")).value("accessToken").toString();
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), other).status, 200);
}

void TestServerApi::reuseBySameDeviceSoonForgiven()
{
    // The answer to a refresh never arrived (or the app crashed before it stored it): the device
    // sends the same token again at once. That is not a theft: it gets a pair, the session lives.
    const QJsonObject first = signIn(QStringLiteral("anna@example.com"));
    const QString spent = first.value("refreshToken").toString();
    const auto refresh = [&](const QString& token, const QString& deviceId) {
        QJsonObject body { { QStringLiteral("refreshToken"), token } };
        if (!deviceId.isEmpty())
            body.insert(QStringLiteral("deviceId"), deviceId);
        return m_client->post(QStringLiteral("/v1/sessions/refresh"), body);
    };
    const TestReply lost = refresh(spent, QStringLiteral("test-device"));
    QCOMPARE(lost.status, 200);
    const TestReply again = refresh(spent, QStringLiteral("test-device"));
    QCOMPARE(again.status, 200);
    QVERIFY(again.json.value("refreshToken").toString() != lost.json.value("refreshToken").toString());
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), again.json.value("accessToken").toString()).status,
             200);
    // From another device (or without saying which) the same reuse is a theft: the session ends.
    const TestReply stolen = refresh(spent, QStringLiteral("other-device"));
    QCOMPARE(stolen.status, 401);
    QCOMPARE(stolen.errorCode(), QStringLiteral("E-REFRESH-REUSED"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), again.json.value("accessToken").toString()).status,
             401);
    QCOMPARE(refresh(lost.json.value("refreshToken").toString(), QStringLiteral("test-device")).status, 401);
}

void TestServerApi::signOutRevokesSession()
{
    const QJsonObject tokens = signIn(QStringLiteral("anna@example.com"));
    const QString access = tokens.value("accessToken").toString();
    const TestReply out = m_client->send("DELETE", QStringLiteral("/v1/sessions/current"), {}, access);
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    QCOMPARE(out.requestId.size(), 32);
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), access).errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    const TestReply refresh
        = m_client->post(QStringLiteral("/v1/sessions/refresh"),
                         { { QStringLiteral("refreshToken"), tokens.value("refreshToken").toString() } });
    QCOMPARE(refresh.errorCode(), QStringLiteral("E-REFRESH-INVALID"));
    const TestReply again = m_client->send("DELETE", QStringLiteral("/v1/sessions/current"), {}, access);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.errorCode(), QStringLiteral("E-UNAUTHORIZED"));
}

void TestServerApi::accessTokenExpires()
{
    TestServer shortLived;
    QVERIFY2(shortLived.start({ QStringLiteral("--access-token-ttl"), QStringLiteral("1") }),
             qPrintable(shortLived.errorString()));
    QVERIFY(shortLived.addAccount(QStringLiteral("bob@example.com"), {}, QStringLiteral("DE"),
                                  QStringLiteral("Bob2026pass"))
            > 0);
    TestClient client(shortLived.url());
    const TestReply signIn = client.post(
        QStringLiteral("/v1/sessions"),
        TestClient::signInBody(QStringLiteral("bob@example.com"), QStringLiteral("Bob2026pass")));
    QCOMPARE(signIn.status, 200);
    QCOMPARE(signIn.json.value("expiresIn").toInt(), 1);
    const QString access = signIn.json.value("accessToken").toString();
    QCOMPARE(client.get(QStringLiteral("/v1/account"), access).status, 200);
    QThread::msleep(1500);
    const TestReply expired = client.get(QStringLiteral("/v1/account"), access);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("E-TOKEN-EXPIRED"));
    // The refresh token still works and gives a fresh access token.
    const TestReply refreshed
        = client.post(QStringLiteral("/v1/sessions/refresh"),
                      { { QStringLiteral("refreshToken"), signIn.json.value("refreshToken").toString() } });
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(client.get(QStringLiteral("/v1/account"), refreshed.json.value("accessToken").toString()).status,
             200);
    QVERIFY(shortLived.stop());
}

void TestServerApi::logHasNoSecrets()
{
    const QJsonObject tokens = signIn(QStringLiteral("anna@example.com"));
    QVERIFY(!tokens.isEmpty());
    const QByteArray text = m_server.log();
    QVERIFY(text.contains("POST /v1/sessions 200"));
    QVERIFY(!text.contains("Correct9horse"));
    QVERIFY(!text.contains(tokens.value("accessToken").toString().toLatin1()));
    QVERIFY(!text.contains(tokens.value("refreshToken").toString().toLatin1()));
}

void TestServerApi::databaseKeepsOnlyHashes()
{
    const QJsonObject tokens = signIn(QStringLiteral("anna@example.com"));
    const QByteArray access = tokens.value("accessToken").toString().toLatin1();
    const QByteArray bytes = m_server.databaseBytes();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(access));
    QVERIFY(!bytes.contains(tokens.value("refreshToken").toString().toLatin1()));
    QVERIFY(!bytes.contains("Correct9horse"));

    {
        QSqlDatabase db = m_server.openDatabase(QStringLiteral("inspect"));
        QVERIFY(db.isOpen());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && query.next());
        QVERIFY(query.value(0).toInt() >= 1);
        QVERIFY(
            query.exec(QStringLiteral("SELECT password_hash FROM accounts WHERE email = 'anna@example.com'"))
            && query.next());
        QVERIFY(query.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE hash = ?"));
        query.addBindValue(QCryptographicHash::hash(access, QCryptographicHash::Sha256));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(QStringLiteral(
                    "SELECT name, kind, platform FROM devices WHERE device_id = 'test-device'"))
                && query.next());
        QCOMPARE(query.value(1).toString(), QStringLiteral("computer"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
}

void TestServerApi::cleanupTestCase()
{
    QVERIFY(m_server.stop()); // SIGTERM ends it cleanly
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
