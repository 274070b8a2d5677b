// SPDX-License-Identifier: Apache-2.0
#include "TestAccount.h"
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

// What support staff do on the server's machine: from the request ID a customer reads out, find
// the server's log line; `account-server account show` and `account unlock`, run as subprocesses
// on the real data folder of a real server.
class TestServerOperatorSupport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestIdFindsTheLogLine();
    void oneLinePerRequest();
    void showByEveryLogin();
    void showLockedAccountAndUnlock();
    void showDevicesAndDeliveriesWithoutCodes();
    void unknownLogins();

private:
    QStringList logLinesWith(const QByteArray& text) const;
    int runShow(const QString& login, QByteArray* out, QByteArray* err = nullptr);

    TestStack m_stack;
    qint64 m_accountId = 0;
};

namespace {
const TestAccount kOlga { QStringLiteral("olga.petrova@example.com"),
                          QStringLiteral("+79161234567"),
                          QStringLiteral("Olga-Support-2026"),
                          {} };
} // namespace

void TestServerOperatorSupport::init()
{
    QVERIFY2(m_stack.start(), qPrintable(m_stack.server->errorString()));
    m_accountId = m_stack.server->addAccount(kOlga);
    QVERIFY2(m_accountId > 0, qPrintable(m_stack.server->errorString()));
}

void TestServerOperatorSupport::cleanup()
{
    m_stack.reset();
}

QStringList TestServerOperatorSupport::logLinesWith(const QByteArray& text) const
{
    QStringList lines;
    for (const QByteArray& line : m_stack.server->log().split('\n')) {
        if (line.contains(text))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

int TestServerOperatorSupport::runShow(const QString& login, QByteArray* out, QByteArray* err)
{
    return m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("show"), login,
                                        QStringLiteral("--data-dir"), m_stack.server->dataDir() },
                                      {}, out, err);
}

void TestServerOperatorSupport::requestIdFindsTheLogLine()
{
    // The customer's screen shows "E-LOGIN-FAILED · <request ID>".
    const TestReply reply = m_stack.flows->signIn(kOlga.email, QStringLiteral("Not-The-Password-1"));
    QCOMPARE(reply.status, 401);
    const QString requestId = reply.errorRequestId();
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(QString::fromLatin1(reply.requestId), requestId);
    // Support greps the server's log for it: exactly one line, with method, route, status and time.
    QStringList lines;
    QTRY_VERIFY_WITH_TIMEOUT(!(lines = logLinesWith(requestId.toLatin1())).isEmpty(), 5000);
    QCOMPARE(lines.size(), 1);
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z ([0-9a-f]+) (\S+) (\S+) (\d{3}) (\d+)ms)"));
    const QRegularExpressionMatch match = shape.match(lines.first());
    QVERIFY2(match.hasMatch(), qPrintable(lines.first()));
    QCOMPARE(match.captured(1), requestId);
    QCOMPARE(match.captured(2), QStringLiteral("POST"));
    QCOMPARE(match.captured(3), QStringLiteral("/v1/sessions"));
    QCOMPARE(match.captured(4), QStringLiteral("401"));
    // Nothing of what was typed is in the log.
    const QByteArray all = m_stack.server->log();
    QVERIFY(!all.isEmpty());
    QVERIFY(!all.contains("Not-The-Password-1"));
    QVERIFY(!all.contains(kOlga.email.toUtf8()));

    // An unknown route and a wrong method are logged the same way.
    const TestReply missing = m_stack.client->get(QStringLiteral("/v1/nowhere"));
    QCOMPARE(missing.status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(logLinesWith(missing.errorRequestId().toLatin1()).size(), 1, 5000);
    QVERIFY(logLinesWith(missing.errorRequestId().toLatin1())
                .first()
                .contains(QStringLiteral(" GET /v1/nowhere 404 ")));
}

void TestServerOperatorSupport::oneLinePerRequest()
{
    QList<QByteArray> ids;
    for (int i = 0; i < 5; ++i) {
        const TestReply reply = m_stack.client->get(QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 200);
        ids.append(reply.requestId);
    }
    const TestReply token = m_stack.flows->signIn(kOlga);
    QCOMPARE(token.status, 200);
    ids.append(token.requestId);
    for (const QByteArray& id : ids) {
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(logLinesWith(id).size(), 1, 5000);
    }
    QVERIFY(logLinesWith(ids.last()).first().contains(QStringLiteral(" POST /v1/sessions 200 ")));
}

void TestServerOperatorSupport::showByEveryLogin()
{
    const QByteArray header = "Account " + QByteArray::number(m_accountId) + "\n";
    for (const QString& login :
         { kOlga.email, kOlga.email.toUpper(), kOlga.phone, QString::number(m_accountId) }) {
        QByteArray out;
        QByteArray err;
        QCOMPARE(runShow(login, &out, &err), 0);
        QVERIFY2(out.startsWith(header), out.constData());
        QVERIFY2(out.contains("email: o***@example.com"), out.constData());
        QVERIFY2(out.contains("phone: +7 *** ***-45-67"), out.constData());
        QVERIFY(out.contains("region: RU"));
        QVERIFY(out.contains("sign-in: not locked (0 failed attempts"));
        QVERIFY(!out.contains(kOlga.email.toUtf8()));
        QVERIFY(!out.contains("9161234567"));
    }
}

void TestServerOperatorSupport::showLockedAccountAndUnlock()
{
    // Ten wrong passwords lock the login (a captcha is needed from the fourth on).
    TestReply last;
    for (int i = 0; i < 10; ++i)
        last = m_stack.flows->signIn(kOlga.email, QStringLiteral("Wrong-Pass-%1").arg(i),
                                     QStringLiteral("test-device"), i >= 3);
    QCOMPARE(last.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
    const QString until = last.json[QStringLiteral("error")][QStringLiteral("until")].toString();
    QVERIFY(!until.isEmpty());

    QByteArray out;
    QCOMPARE(runShow(kOlga.phone, &out), 0);
    QVERIFY2(out.contains("sign-in: LOCKED until "), out.constData());
    // The same end as the customer was told, to the second.
    QVERIFY2(out.contains(QDateTime::fromString(until, Qt::ISODate).toUTC().toString(Qt::ISODate).toUtf8()),
             out.constData());
    QVERIFY(out.contains("(10 failed attempts"));
    // A soft lock: the right password is judged only with a captcha.
    QCOMPARE(m_stack.flows->signIn(kOlga, QStringLiteral("test-device"), false).errorCode(),
             QStringLiteral("E-CAPTCHA-REQUIRED"));

    QByteArray unlockOut;
    QCOMPARE(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("unlock"), kOlga.email,
                                          QStringLiteral("--data-dir"), m_stack.server->dataDir() },
                                        {}, &unlockOut),
             0);
    QVERIFY2(unlockOut.startsWith("Account " + QByteArray::number(m_accountId)
                                  + " unlocked (it was locked until "),
             unlockOut.constData());
    // Unlocked for real: the right password signs in (the client address still needs a captcha).
    QCOMPARE(m_stack.flows->signIn(kOlga, QStringLiteral("test-device"), true).status, 200);
    QCOMPARE(runShow(kOlga.email, &out), 0);
    QVERIFY(out.contains("sign-in: not locked (0 failed attempts"));

    // Unlocking an account that is not locked says so and succeeds.
    QCOMPARE(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("unlock"),
                                          QString::number(m_accountId), QStringLiteral("--data-dir"),
                                          m_stack.server->dataDir() },
                                        {}, &unlockOut),
             0);
    QVERIFY2(unlockOut.contains("was not locked"), unlockOut.constData());
}

void TestServerOperatorSupport::showDevicesAndDeliveriesWithoutCodes()
{
    const QString deviceId
        = m_stack.server->addDevice(m_accountId, QStringLiteral("band"), QStringLiteral("Mi Band 8"));
    QVERIFY2(!deviceId.isEmpty(), qPrintable(m_stack.server->errorString()));
    const TestReply signIn = m_stack.flows->signIn(kOlga, QStringLiteral("olga-laptop"));
    QCOMPARE(signIn.status, 200);
    const QString token = signIn.json[QStringLiteral("accessToken")].toString();
    const TestReply challenge = m_stack.flows->startPasswordChange(token, QStringLiteral("email"));
    QCOMPARE(challenge.status, 201);
    const QString code = m_stack.flows->lastCode(kOlga.email);
    QCOMPARE(code.size(), 6);

    QByteArray out;
    QCOMPARE(runShow(kOlga.email, &out), 0);
    QVERIFY2(out.contains("Devices (2):"), out.constData());
    QVERIFY(out.contains(deviceId.toUtf8() + "  band  \"Mi Band 8\""));
    QVERIFY(out.contains("olga-laptop  computer"));
    QVERIFY2(out.contains("password-change via email to o***@example.com"), out.constData());
    QVERIFY(out.contains("waiting for the code"));
    QVERIFY(out.contains("Outbox deliveries"));
    QVERIFY(out.contains("password-change via email to o***@example.com  written"));
    QVERIFY(out.contains("Codes handed to delivery"));
    // Never the code, the address in full or a token.
    QVERIFY2(!out.contains(code.toUtf8()), out.constData());
    QVERIFY(!out.contains(kOlga.email.toUtf8()));
    QVERIFY(!out.contains(token.toUtf8()));

    // The same for scripts: one JSON object, each challenge once.
    QByteArray jsonOut;
    QCOMPARE(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("show"), kOlga.email,
                                          QStringLiteral("--data-dir"), m_stack.server->dataDir(),
                                          QStringLiteral("--json") },
                                        {}, &jsonOut),
             0);
    const QJsonObject json = QJsonDocument::fromJson(jsonOut).object();
    QCOMPARE(json[QStringLiteral("accountId")].toInteger(), m_accountId);
    QCOMPARE(json[QStringLiteral("email")].toString(), QStringLiteral("o***@example.com"));
    QCOMPARE(json[QStringLiteral("locked")].toBool(), false);
    QVERIFY(json[QStringLiteral("lockedUntil")].isNull());
    QCOMPARE(json[QStringLiteral("devices")].toArray().size(), 2);
    const QJsonArray challenges = json[QStringLiteral("challenges")].toArray();
    QCOMPARE(challenges.size(), 1);
    QCOMPARE(challenges.first()[QStringLiteral("purpose")].toString(), QStringLiteral("password-change"));
    QCOMPARE(challenges.first()[QStringLiteral("state")].toString(), QStringLiteral("waiting for the code"));
    QCOMPARE(json[QStringLiteral("codesSent")].toArray().size(), 1);
    QCOMPARE(json[QStringLiteral("outbox")].toArray().first()[QStringLiteral("status")].toString(),
             QStringLiteral("written"));
    QVERIFY(!jsonOut.contains(code.toUtf8()));
    QVERIFY(!jsonOut.contains(kOlga.email.toUtf8()));
}

void TestServerOperatorSupport::unknownLogins()
{
    QByteArray out;
    QByteArray err;
    QCOMPARE(runShow(QStringLiteral("nobody@example.com"), &out, &err), 1);
    QVERIFY2(err.contains("no account with that login"), err.constData());
    QCOMPARE(runShow(QStringLiteral("not a login"), &out, &err), 1);
    QVERIFY(err.contains("no email, E.164 phone"));
    QCOMPARE(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("show"), kOlga.email },
                                        {}, &out, &err),
             1);
    QVERIFY(err.contains("--data-dir (or --db) is required"));
}

QTEST_GUILESS_MAIN(TestServerOperatorSupport)
#include "tst_server_operator_support.moc"
