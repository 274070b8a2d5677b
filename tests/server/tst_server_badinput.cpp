// SPDX-License-Identifier: Apache-2.0
// The bad-input corpus (tests/data/bad-input/) sent through the server's API: registration, sign-in,
// recovery and email/phone change. Each input gets the one error code that fits it, nothing is stored,
// and the account that was there before still signs in.
#include "TestClient.h"
#include "TestServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

class TestServerBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emailLikeInput_data();
    void emailLikeInput();
    void invalidUtf8_data();
    void invalidUtf8();
    void oversizeFields_data();
    void oversizeFields();
    void numbersAsLogins_data();
    void numbersAsLogins();
    void malformedNumbers();
    void invalidPhones_data();
    void invalidPhones();
    void nothingStored();

private:
    static QJsonArray cases(const QString& file);
    QJsonObject captcha(); // a solved one, for sign-in after the address's failures pile up
    QJsonObject registration(const QString& method, const QString& value,
                             const QString& region = QStringLiteral("RU")) const;
    QJsonObject recovery(const QString& login) const;
    void expect(const TestReply& reply, const QString& code, const QString& field = {}) const;
    int rows(const QString& table) const;

    TestServer m_server;
    std::unique_ptr<TestClient> m_client;
    QString m_token;
    qint64 m_accountId = 0;
};

static const QString kPassword = QStringLiteral("Mi2026secure");

QJsonArray TestServerBadInput::cases(const QString& file)
{
    QFile f(QStringLiteral(TEST_SOURCE_DIR "/tests/data/bad-input/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing corpus file %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray();
}

void TestServerBadInput::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client = std::make_unique<TestClient>(m_server.url());
    m_accountId = m_server.addAccount(QStringLiteral("anna@example.com"), QStringLiteral("+79123456789"),
                                      QStringLiteral("RU"), kPassword);
    QVERIFY2(m_accountId > 0, qPrintable(m_server.errorString()));
    const TestReply signIn
        = m_client->post(QStringLiteral("/v1/sessions"),
                         TestClient::signInBody(QStringLiteral("anna@example.com"), kPassword));
    QCOMPARE(signIn.status, 200);
    m_token = signIn.json.value(QStringLiteral("accessToken")).toString();
    QVERIFY(!m_token.isEmpty());
}

QJsonObject TestServerBadInput::captcha()
{
    const TestReply reply = m_client->postRaw(QStringLiteral("/v1/captcha"), {});
    const QString id = reply.json.value(QStringLiteral("captchaId")).toString();
    return { { QStringLiteral("id"), id }, { QStringLiteral("answer"), m_server.captchaAnswer(id) } };
}

QJsonObject TestServerBadInput::registration(const QString& method, const QString& value,
                                             const QString& region) const
{
    // Input is judged before the captcha, so an unsolved one is enough: it is never reached.
    return { { QStringLiteral("method"), method },
             { method, value },
             { QStringLiteral("region"), region },
             { QStringLiteral("captcha"),
               QJsonObject { { QStringLiteral("id"), QStringLiteral("unsolved") },
                             { QStringLiteral("answer"), QStringLiteral("x") } } } };
}

QJsonObject TestServerBadInput::recovery(const QString& login) const
{
    return { { QStringLiteral("login"), login },
             { QStringLiteral("region"), QStringLiteral("RU") },
             { QStringLiteral("captcha"),
               QJsonObject { { QStringLiteral("id"), QStringLiteral("unsolved") },
                             { QStringLiteral("answer"), QStringLiteral("x") } } } };
}

void TestServerBadInput::expect(const TestReply& reply, const QString& code, const QString& field) const
{
    QVERIFY2(reply.networkError.isEmpty(), qPrintable(reply.networkError));
    QVERIFY2(
        reply.errorCode() == code,
        qPrintable(
            QStringLiteral("%1 (HTTP %2), expected %3").arg(reply.errorCode()).arg(reply.status).arg(code)));
    QVERIFY(reply.status >= 400 && reply.status < 500);
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(reply.requestId.size(), 32);
    if (!field.isEmpty())
        QCOMPARE(reply.errorField(), field);
}

int TestServerBadInput::rows(const QString& table) const
{
    return m_server.queryInt(QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

void TestServerBadInput::emailLikeInput_data()
{
    QTest::addColumn<QString>("text");
    for (const QString& file : { QStringLiteral("email-lookalikes.json"), QStringLiteral("rtl-text.json"),
                                 QStringLiteral("injection.json") }) {
        for (const QJsonValue c : cases(file)) {
            const QJsonObject o = c.toObject();
            if (!o.value(QStringLiteral("valid")).toBool(false))
                QTest::newRow(
                    qPrintable(file + QStringLiteral(": ") + o.value(QStringLiteral("name")).toString()))
                    << o.value(QStringLiteral("text")).toString();
        }
    }
}

void TestServerBadInput::emailLikeInput()
{
    QFETCH(QString, text);
    expect(m_client->post(QStringLiteral("/v1/registrations"), registration(QStringLiteral("email"), text)),
           QStringLiteral("E-EMAIL-INVALID"), QStringLiteral("email"));
    expect(m_client->send("PUT", QStringLiteral("/v1/account/email"),
                          QJsonDocument(QJsonObject { { QStringLiteral("email"), text },
                                                      { QStringLiteral("password"), kPassword } })
                              .toJson(QJsonDocument::Compact),
                          m_token),
           QStringLiteral("E-EMAIL-INVALID"), QStringLiteral("email"));
    // Recovery judges only the form of a login: none of these is an email, phone or account ID.
    expect(m_client->post(QStringLiteral("/v1/recoveries"), recovery(text)),
           QStringLiteral("E-FIELD-INVALID"), QStringLiteral("login"));
    // Sign-in says the same for every login it cannot match: no hint of what was wrong.
    QJsonObject signIn = TestClient::signInBody(text, kPassword);
    signIn.insert(QStringLiteral("captcha"), captcha());
    expect(m_client->post(QStringLiteral("/v1/sessions"), signIn), QStringLiteral("E-LOGIN-FAILED"));
}

void TestServerBadInput::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const QJsonValue c : cases(QStringLiteral("invalid-utf8.json")))
        QTest::newRow(qPrintable(c.toObject().value(QStringLiteral("name")).toString()))
            << QByteArray::fromHex(c.toObject().value(QStringLiteral("hex")).toString().toLatin1());
}

void TestServerBadInput::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    const QByteArray captcha = R"("captcha":{"id":"unsolved","answer":"x"})";
    expect(
        m_client->postRaw(QStringLiteral("/v1/registrations"),
                          R"({"method":"email","email":")" + bytes + R"(","region":"RU",)" + captcha + "}"),
        QStringLiteral("E-BAD-JSON"));
    expect(m_client->postRaw(QStringLiteral("/v1/sessions"),
                             R"({"login":")" + bytes + R"(","password":"x","device":{"id":"d","name":"n"}})"),
           QStringLiteral("E-BAD-JSON"));
    expect(m_client->postRaw(QStringLiteral("/v1/recoveries"),
                             R"({"login":")" + bytes + R"(","region":"RU",)" + captcha + "}"),
           QStringLiteral("E-BAD-JSON"));
    expect(m_client->send("PUT", QStringLiteral("/v1/account/email"),
                          R"({"email":")" + bytes + R"(","password":"x"})", m_token),
           QStringLiteral("E-BAD-JSON"));
}

void TestServerBadInput::oversizeFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    for (const QJsonValue c : cases(QStringLiteral("oversize.json"))) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
            << o.value(QStringLiteral("field")).toString()
            << o.value(QStringLiteral("repeat")).toString().repeated(o.value(QStringLiteral("count")).toInt())
                + o.value(QStringLiteral("suffix")).toString()
            << o.value(QStringLiteral("expect")).toString();
    }
}

void TestServerBadInput::oversizeFields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    const bool tooLarge = code == QLatin1String("E-BODY-TOO-LARGE");
    if (field == QLatin1String("password")) {
        expect(m_client->post(QStringLiteral("/v1/sessions"),
                              TestClient::signInBody(QStringLiteral("anna@example.com"), value)),
               code);
        return;
    }
    const QString fieldName = tooLarge ? QString() : field;
    expect(m_client->post(QStringLiteral("/v1/registrations"), registration(field, value)), code, fieldName);
    QJsonObject change { { field, value }, { QStringLiteral("password"), kPassword } };
    if (field == QLatin1String("phone"))
        change.insert(QStringLiteral("region"), QStringLiteral("RU"));
    expect(m_client->send("PUT", QStringLiteral("/v1/account/") + field,
                          QJsonDocument(change).toJson(QJsonDocument::Compact), m_token),
           code, fieldName);
}

void TestServerBadInput::numbersAsLogins_data()
{
    QTest::addColumn<QString>("text");
    for (const QJsonValue c : cases(QStringLiteral("numbers.json"))) {
        const QJsonObject o = c.toObject();
        if (o.contains(QStringLiteral("text")))
            QTest::newRow(qPrintable(o.value(QStringLiteral("name")).toString()))
                << o.value(QStringLiteral("text")).toString();
    }
}

void TestServerBadInput::numbersAsLogins()
{
    QFETCH(QString, text);
    expect(m_client->post(QStringLiteral("/v1/recoveries"), recovery(text)),
           QStringLiteral("E-FIELD-INVALID"), QStringLiteral("login"));
    QJsonObject signIn = TestClient::signInBody(text, kPassword);
    signIn.insert(QStringLiteral("captcha"), captcha());
    expect(m_client->post(QStringLiteral("/v1/sessions"), signIn), QStringLiteral("E-LOGIN-FAILED"));
}

void TestServerBadInput::malformedNumbers()
{
    for (const QJsonValue c : cases(QStringLiteral("numbers.json"))) {
        const QJsonObject o = c.toObject();
        if (!o.contains(QStringLiteral("json")))
            continue;
        const QString route = o.value(QStringLiteral("route")).toString();
        expect(m_client->postRaw(route, o.value(QStringLiteral("json")).toString().toUtf8()),
               o.value(QStringLiteral("expect")).toString(), o.value(QStringLiteral("field")).toString());
    }
}

void TestServerBadInput::invalidPhones_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("region");
    for (const QJsonValue c : cases(QStringLiteral("phones.json"))) {
        const QJsonObject o = c.toObject();
        // ZZ is no region at all: that is the region field's error, tested elsewhere.
        if (o.value(QStringLiteral("valid")).toBool()
            || o.value(QStringLiteral("region")).toString() == QLatin1String("ZZ"))
            continue;
        const QString number = o.value(QStringLiteral("number")).toString();
        QTest::newRow(qPrintable(o.value(QStringLiteral("region")).toString() + QLatin1Char(' ') + number))
            << number << o.value(QStringLiteral("region")).toString();
    }
}

void TestServerBadInput::invalidPhones()
{
    QFETCH(QString, number);
    QFETCH(QString, region);
    const QString code
        = number.size() > 40 ? QStringLiteral("E-FIELD-INVALID") : QStringLiteral("E-PHONE-INVALID");
    expect(m_client->post(QStringLiteral("/v1/registrations"),
                          registration(QStringLiteral("phone"), number, region)),
           code, QStringLiteral("phone"));
    const QJsonObject change { { QStringLiteral("phone"), number },
                               { QStringLiteral("region"), region },
                               { QStringLiteral("password"), kPassword } };
    expect(m_client->send("PUT", QStringLiteral("/v1/account/phone"),
                          QJsonDocument(change).toJson(QJsonDocument::Compact), m_token),
           code, QStringLiteral("phone"));
}

void TestServerBadInput::nothingStored()
{
    // Runs last (Qt Test keeps declaration order): after every input above.
    QCOMPARE(rows(QStringLiteral("accounts")), 1);
    QCOMPARE(rows(QStringLiteral("registrations")), 0);
    QCOMPARE(rows(QStringLiteral("challenges")), 0);
    QCOMPARE(rows(QStringLiteral("sessions")), 1); // the one initTestCase opened
    QCOMPARE(rows(QStringLiteral("devices")), 1);
    // The account is as it was: its email, phone and password still sign in.
    for (const QString& login : { QStringLiteral("anna@example.com"), QStringLiteral("+79123456789") }) {
        QJsonObject signIn = TestClient::signInBody(login, kPassword);
        signIn.insert(QStringLiteral("captcha"), captcha());
        const TestReply reply = m_client->post(QStringLiteral("/v1/sessions"), signIn);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("accountId")).toInteger(), m_accountId);
    }
    const TestReply profile = m_client->get(QStringLiteral("/v1/account"), m_token);
    QCOMPARE(profile.json.value(QStringLiteral("email")).toString(), QStringLiteral("anna@example.com"));
    QCOMPARE(profile.json.value(QStringLiteral("phone")).toString(), QStringLiteral("+79123456789"));
}

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
