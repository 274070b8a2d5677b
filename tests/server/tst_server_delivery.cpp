// SPDX-License-Identifier: Apache-2.0
// Delivery of codes for real: email to an SMTP server (python3-aiosmtpd, plain and STARTTLS, with
// AUTH), SMS to a webhook (HTTP and HTTPS receivers in this process), and each failing way.
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "TestSmtpServer.h"
#include "TestStack.h"
#include "TestWebhook.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kPki = QStringLiteral(TEST_PKI_DIR);
const QString kOtherPki = QStringLiteral(TEST_OTHER_PKI_DIR);

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// The body of a single-part base64 message, decoded.
QString decodedBody(const QString& data)
{
    const int start = data.indexOf(QStringLiteral("\r\n\r\n"));
    return QString::fromUtf8(QByteArray::fromBase64(data.mid(start + 4).toLatin1()));
}

QString codeIn(const QString& text)
{
    return QRegularExpression(QStringLiteral("\\b(\\d{6})\\b")).match(text).captured(1);
}
} // namespace

class TestServerDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smtpPlainWithAuth();
    void smtpStartTls();
    void smtpImplicitTls();
    void smtpInternationalAddress_data();
    void smtpInternationalAddress();
    void smtpUntrustedCertificate();
    void smtpUnreachable();
    void smtpRefusesRecipient();
    void webhookHttp();
    void webhookHttps();
    void webhookFailures();
    void optionsRefused();

private:
    QStringList smtpArgs(quint16 port, bool startTls) const;
    QString logText(const TestServer& server) const;
    // A start whose code could not be delivered: 502 E-DELIVERY-FAILED.
    static void checkDeliveryFailed(const TestReply& reply);
    void registerOverTls(TestStack& stack, const TestSmtpServer& smtp, const QString& email);

    QTemporaryDir m_dir;
    QString m_passwordFile;
};

void TestServerDelivery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("smtp-password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("s3cret-mail\n");
}

QStringList TestServerDelivery::smtpArgs(quint16 port, bool startTls) const
{
    QStringList args {
        QStringLiteral("--smtp-host"),          QStringLiteral("127.0.0.1"),
        QStringLiteral("--smtp-port"),          QString::number(port),
        QStringLiteral("--smtp-user"),          QStringLiteral("mailer"),
        QStringLiteral("--smtp-password-file"), m_passwordFile,
        QStringLiteral("--smtp-from"),          QStringLiteral("Account Manager <no-reply@accounts.test>"),
        QStringLiteral("--delivery-ca-file"),   kPki + QStringLiteral("/ca.crt")
    };
    if (startTls)
        args << QStringLiteral("--smtp-starttls");
    return args;
}

QString TestServerDelivery::logText(const TestServer& server) const
{
    return QString::fromUtf8(server.log());
}

void TestServerDelivery::smtpPlainWithAuth()
{
    TestSmtpServer smtp;
    QVERIFY2(smtp.start({ QStringLiteral("--user"), QStringLiteral("mailer"), QStringLiteral("--password"),
                          QStringLiteral("s3cret-mail") }),
             qPrintable(smtp.errorString()));
    TestStack stack;
    QVERIFY2(stack.start(smtpArgs(smtp.port(), false)), qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;

    const TestReply started = reg.startEmail(QStringLiteral("Mail@Example.com"));
    QCOMPARE(started.status, 201);
    QCOMPARE(started.json.value("sentTo").toString(), QStringLiteral("m***@example.com"));
    const QList<QJsonObject> messages = smtp.messages();
    QCOMPARE(messages.size(), 1);
    const QJsonObject mail = messages.first();
    QCOMPARE(mail.value("from").toString(), QStringLiteral("no-reply@accounts.test"));
    QCOMPARE(mail.value("to").toArray().first().toString(), QStringLiteral("mail@example.com"));
    QCOMPARE(mail.value("login").toString(), QStringLiteral("mailer"));
    QCOMPARE(mail.value("tls").toBool(), false);
    const QString data = mail.value("data").toString();
    for (const char* header :
         { "\r\nDate: ", "\r\nMessage-ID: <", "\r\nFrom: Account Manager <no-reply@accounts.test>",
           "\r\nTo: <mail@example.com>", "\r\nSubject: =?UTF-8?B?", "\r\nMIME-Version: 1.0",
           "\r\nContent-Type: text/plain; charset=UTF-8", "\r\nContent-Transfer-Encoding: base64" })
        QVERIFY2(data.contains(QLatin1String(header)) || data.startsWith(QLatin1String(header).mid(2)),
                 header);
    const QString body = decodedBody(data);
    QVERIFY(body.contains(QStringLiteral("Your Account Manager verification code is")));
    // In the registration's language only (English, as none was named): no second language below.
    QVERIFY(!body.contains(QStringLiteral("Ваш")));
    QVERIFY(body.contains(QStringLiteral("/v1/registrations/%1/confirm?token=")
                              .arg(started.json.value("registrationId").toString())));
    // Email went by SMTP only: the outbox has nothing for it.
    QVERIFY(reg.lastMessage(QStringLiteral("mail@example.com")).isEmpty());

    const QString id = started.json.value("registrationId").toString();
    QCOMPARE(reg.verify(id, codeIn(body)).status, 200);
    QCOMPARE(reg.complete(id, QStringLiteral("Mail2026secure")).status, 200);
    QVERIFY(!logText(*stack.server).contains(codeIn(body)));
}

void TestServerDelivery::smtpStartTls()
{
    TestSmtpServer smtp;
    QVERIFY2(smtp.start({ QStringLiteral("--tls-cert"), kPki + QStringLiteral("/server.crt"),
                          QStringLiteral("--tls-key"), kPki + QStringLiteral("/server.key"),
                          QStringLiteral("--user"), QStringLiteral("mailer"), QStringLiteral("--password"),
                          QStringLiteral("s3cret-mail") }),
             qPrintable(smtp.errorString()));
    TestStack stack;
    QVERIFY2(stack.start(smtpArgs(smtp.port(), true)), qPrintable(stack.server->errorString()));
    registerOverTls(stack, smtp, QStringLiteral("tls@example.com"));
}

void TestServerDelivery::smtpImplicitTls()
{
    // smtps (RFC 8314): TLS from the first byte, as port 465 speaks it.
    TestSmtpServer smtp;
    QVERIFY2(
        smtp.start({ QStringLiteral("--tls-cert"), kPki + QStringLiteral("/server.crt"),
                     QStringLiteral("--tls-key"), kPki + QStringLiteral("/server.key"),
                     QStringLiteral("--implicit-tls"), QStringLiteral("--user"), QStringLiteral("mailer"),
                     QStringLiteral("--password"), QStringLiteral("s3cret-mail") }),
        qPrintable(smtp.errorString()));
    TestStack stack;
    QVERIFY2(stack.start(smtpArgs(smtp.port(), false) << QStringLiteral("--smtp-implicit-tls")),
             qPrintable(stack.server->errorString()));
    registerOverTls(stack, smtp, QStringLiteral("smtps@example.com"));
}

void TestServerDelivery::checkDeliveryFailed(const TestReply& reply)
{
    QCOMPARE(reply.status, 502);
    QCOMPARE(reply.errorCode(), QStringLiteral("E-DELIVERY-FAILED"));
}

void TestServerDelivery::registerOverTls(TestStack& stack, const TestSmtpServer& smtp, const QString& email)
{
    // The code went by mail over TLS, after an authenticated login, and it works.
    TestRegistration& reg = *stack.registration;
    const TestReply started = reg.startEmail(email);
    QCOMPARE(started.status, 201);
    QCOMPARE(smtp.messages().size(), 1);
    const QJsonObject mail = smtp.messages().first();
    QCOMPARE(mail.value("tls").toBool(), true);
    QCOMPARE(mail.value("login").toString(), QStringLiteral("mailer"));
    const QString code = codeIn(decodedBody(mail.value("data").toString()));
    QCOMPARE(reg.verify(started.json.value("registrationId").toString(), code).status, 200);
}

void TestServerDelivery::smtpInternationalAddress_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("serverOffersUtf8");
    QTest::addColumn<QString>("envelopeTo");
    QTest::addColumn<bool>("smtpUtf8");
    // The domain goes as its A-label (IDNA); SMTPUTF8 is asked for when the address is not ASCII and
    // the server offers it (RFC 6531), and then a UTF-8 local part goes as it is.
    const QString ace = QStringLiteral("@xn--80a1acny.xn--p1ai");
    QTest::newRow("cyrillic domain, SMTPUTF8 server")
        << QStringLiteral("anna@почта.рф") << true << QStringLiteral("anna") + ace << true;
    QTest::newRow("cyrillic domain, plain server")
        << QStringLiteral("anna@почта.рф") << false << QStringLiteral("anna") + ace << false;
    QTest::newRow("cyrillic name and domain")
        << QStringLiteral("анна@почта.рф") << true << QStringLiteral("анна") + ace << true;
}

void TestServerDelivery::smtpInternationalAddress()
{
    QFETCH(QString, email);
    QFETCH(bool, serverOffersUtf8);
    QFETCH(QString, envelopeTo);
    QFETCH(bool, smtpUtf8);
    TestSmtpServer smtp;
    QStringList sinkArgs { QStringLiteral("--user"), QStringLiteral("mailer"), QStringLiteral("--password"),
                           QStringLiteral("s3cret-mail") };
    if (!serverOffersUtf8)
        sinkArgs << QStringLiteral("--no-smtputf8");
    QVERIFY2(smtp.start(sinkArgs), qPrintable(smtp.errorString()));
    TestStack stack;
    QVERIFY2(stack.start(smtpArgs(smtp.port(), false)), qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    const TestReply started = reg.startEmail(email);
    QVERIFY2(started.status == 201, qPrintable(logText(*stack.server)));
    QCOMPARE(smtp.messages().size(), 1);
    const QJsonObject mail = smtp.messages().first();
    QCOMPARE(mail.value("to").toArray().first().toString(), envelopeTo);
    const QStringList options = mail.value("mailOptions").toVariant().toStringList();
    QCOMPARE(options.contains(QStringLiteral("SMTPUTF8"), Qt::CaseInsensitive), smtpUtf8);
    QVERIFY(mail.value("data").toString().contains(QStringLiteral("\r\nTo: <%1>").arg(envelopeTo)));
    const QString code = codeIn(decodedBody(mail.value("data").toString()));
    QCOMPARE(reg.verify(started.json.value("registrationId").toString(), code).status, 200);
}

void TestServerDelivery::smtpUntrustedCertificate()
{
    // The SMTP server's certificate comes from a CA the account server was not told to trust.
    TestSmtpServer smtp;
    QVERIFY2(smtp.start({ QStringLiteral("--tls-cert"), kOtherPki + QStringLiteral("/server.crt"),
                          QStringLiteral("--tls-key"), kOtherPki + QStringLiteral("/server.key") }),
             qPrintable(smtp.errorString()));
    TestStack stack;
    QStringList args = smtpArgs(smtp.port(), true);
    QVERIFY2(stack.start(args), qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    checkDeliveryFailed(reg.startEmail(QStringLiteral("tls@example.com")));
    QVERIFY(smtp.messages().isEmpty());
    QVERIFY2(logText(*stack.server).contains(QStringLiteral("POST /v1/registrations 502")),
             qPrintable(logText(*stack.server)));
    QVERIFY2(logText(*stack.server).contains(QStringLiteral("delivery failed: SMTP STARTTLS failed")),
             qPrintable(logText(*stack.server)));
}

void TestServerDelivery::smtpUnreachable()
{
    TestStack stack;
    QVERIFY2(stack.start(smtpArgs(closedPort(), false)), qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    checkDeliveryFailed(reg.startEmail(QStringLiteral("nobody@example.com")));
    QVERIFY(logText(*stack.server)
                .contains(QStringLiteral("delivery failed: cannot connect to the SMTP server")));
    // The server keeps serving, and the phone channel (outbox) still works.
    QCOMPARE(reg.startPhone(QStringLiteral("+79165550011")).status, 201);
}

void TestServerDelivery::smtpRefusesRecipient()
{
    TestSmtpServer smtp;
    QVERIFY2(smtp.start({ QStringLiteral("--refuse-rcpt") }), qPrintable(smtp.errorString()));
    TestStack stack;
    QStringList args = smtpArgs(smtp.port(), false);
    args.erase(args.begin() + 4, args.begin() + 8); // no AUTH
    QVERIFY2(stack.start(args), qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    checkDeliveryFailed(reg.startEmail(QStringLiteral("refused@example.com")));
    const QString log = logText(*stack.server);
    QVERIFY2(log.contains(QStringLiteral("SMTP server answered 550 to RCPT TO")), qPrintable(log));
    QVERIFY(!log.contains(QStringLiteral("refused@example.com")));
}

void TestServerDelivery::webhookHttp()
{
    TestWebhook hook;
    QVERIFY(hook.listen());
    TestStack stack;
    QVERIFY2(stack.start({ QStringLiteral("--sms-webhook"), hook.url().toString() }),
             qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    const TestReply started = reg.startPhone(QStringLiteral("8 916 555-00-22"));
    QCOMPARE(started.status, 201);
    QCOMPARE(hook.requests().size(), 1);
    QVERIFY(hook.paths().first().startsWith("POST /sms HTTP/1.1"));
    const QJsonObject sms = hook.requests().first();
    QCOMPARE(sms.value("to").toString(), QStringLiteral("+79165550022"));
    QCOMPARE(sms.value("purpose").toString(), QStringLiteral("registration"));
    const QString code = codeIn(sms.value("text").toString());
    QCOMPARE(code.size(), 6);
    QVERIFY(reg.lastMessage(QStringLiteral("+79165550022")).isEmpty());
    // Email still goes to the outbox when only the webhook is configured.
    QCOMPARE(reg.startEmail(QStringLiteral("outbox@example.com")).status, 201);
    QVERIFY(!reg.lastCode(QStringLiteral("outbox@example.com")).isEmpty());
    QCOMPARE(hook.requests().size(), 1);
    QCOMPARE(reg.verify(started.json.value("registrationId").toString(), code).status, 200);
}

void TestServerDelivery::webhookHttps()
{
    TestWebhook hook(true);
    QVERIFY(hook.listen());
    TestStack stack;
    QVERIFY2(stack.start({ QStringLiteral("--sms-webhook"), hook.url().toString(),
                           QStringLiteral("--delivery-ca-file"), kPki + QStringLiteral("/ca.crt") }),
             qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    QCOMPARE(reg.startPhone(QStringLiteral("+79165550033")).status, 201);
    QCOMPARE(hook.requests().size(), 1);
    QCOMPARE(hook.requests().first().value("to").toString(), QStringLiteral("+79165550033"));

    // Without the CA the certificate is not trusted, and nothing is sent.
    TestStack untrusting;
    QVERIFY2(untrusting.start({ QStringLiteral("--sms-webhook"), hook.url().toString() }),
             qPrintable(untrusting.server->errorString()));
    TestRegistration& reg2 = *untrusting.registration;
    const TestReply refused = reg2.startPhone(QStringLiteral("+79165550044"));
    QCOMPARE(refused.errorCode(), QStringLiteral("E-DELIVERY-FAILED"));
    QCOMPARE(hook.requests().size(), 1);
    QVERIFY2(logText(*untrusting.server)
                 .contains(QStringLiteral("SMS webhook unreachable: SslHandshakeFailedError")),
             qPrintable(logText(*untrusting.server)));
}

void TestServerDelivery::webhookFailures()
{
    TestWebhook hook;
    QVERIFY(hook.listen());
    hook.setStatus(500);
    TestStack stack;
    QVERIFY2(stack.start({ QStringLiteral("--sms-webhook"), hook.url().toString(),
                           QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(stack.server->errorString()));
    TestRegistration& reg = *stack.registration;
    checkDeliveryFailed(reg.startPhone(QStringLiteral("+79165550055")));
    QVERIFY(
        logText(*stack.server).contains(QStringLiteral("delivery failed: SMS webhook answered HTTP 500")));

    // A failed resend kills the code that was sent before.
    hook.setStatus(200);
    const TestReply reply = reg.startPhone(QStringLiteral("+79165550055"));
    QCOMPARE(reply.status, 201);
    const QString id = reply.json.value("registrationId").toString();
    const QString code = codeIn(hook.requests().last().value("text").toString());
    hook.setStatus(503);
    QCOMPARE(reg.resend(id).errorCode(), QStringLiteral("E-DELIVERY-FAILED"));
    QCOMPARE(reg.verify(id, code).errorCode(), QStringLiteral("E-CODE-EXPIRED"));

    // Nobody listening.
    TestStack unreachable;
    QUrl url = hook.url();
    url.setPort(closedPort());
    QVERIFY2(unreachable.start({ QStringLiteral("--sms-webhook"), url.toString() }),
             qPrintable(unreachable.server->errorString()));
    TestRegistration& reg2 = *unreachable.registration;
    QCOMPARE(reg2.startPhone(QStringLiteral("+79165550066")).errorCode(),
             QStringLiteral("E-DELIVERY-FAILED"));
    QVERIFY(logText(*unreachable.server)
                .contains(QStringLiteral("SMS webhook unreachable: ConnectionRefusedError")));
}

void TestServerDelivery::optionsRefused()
{
    TestServer server;
    const QStringList base { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--data-dir"), m_dir.path() };
    QByteArray err;
    QCOMPARE(
        server.runCommand(
            base + QStringList { QStringLiteral("--sms-webhook"), QStringLiteral("http://example.com/sms") },
            {}, nullptr, &err),
        2);
    QVERIFY2(err.contains("https://"), err.constData());
    QCOMPARE(server.runCommand(base
                                   + QStringList { QStringLiteral("--smtp-host"),
                                                   QStringLiteral("mail.example.com"),
                                                   QStringLiteral("--smtp-user"), QStringLiteral("u") },
                               {}, nullptr, &err),
             2);
    QVERIFY2(err.contains("--smtp-starttls"), err.constData());
    // Without a password too: codes must not cross the network in the clear either.
    QCOMPARE(server.runCommand(
                 base + QStringList { QStringLiteral("--smtp-host"), QStringLiteral("mail.example.com") }, {},
                 nullptr, &err),
             2);
    QVERIFY2(err.contains("--smtp-starttls"), err.constData());
    QCOMPARE(server.runCommand(base + QStringList { QStringLiteral("--delivery-ca-file"), m_passwordFile },
                               {}, nullptr, &err),
             2);
}

QTEST_GUILESS_MAIN(TestServerDelivery)
#include "tst_server_delivery.moc"
