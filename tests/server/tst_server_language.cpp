// SPDX-License-Identifier: Apache-2.0
// The account's language (#17, item 8) against a real account-server over TLS: set at registration
// from the app's language, shown in GET /v1/account, changed with PUT /v1/account/language; every
// code, notice and the email link's page written in it (read from the outbox, where the server
// puts the words it would send).
#include "TestAccount.h"
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestRegistration.h"
#include "TestServer.h"
#include "TestStack.h"
#include "TestTable.h"
#include "TestTls.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QtTest>

namespace {
const TestAccount kLang { {}, {}, QStringLiteral("Lang2026secure"), QStringLiteral("Lang2027better") };
} // namespace

class TestServerLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void englishByDefault();
    void registrationByEmailInRussian();
    void registrationByPhoneInChinese();
    void localeNamesAtRegistration_data();
    void localeNamesAtRegistration();
    void setLanguageChangesTheNextMessages();
    void setLanguageRefusesOthers_data();
    void setLanguageRefusesOthers();
    void noticesToOtherAddressesInTheirAccountsLanguage();
    void linkPageInTheRegistrationsLanguage();
    void deadLinkPageInTheBrowsersLanguage();

private:
    TestReply startRegistration(const QString& method, const QString& value, const QJsonValue& language);
    // A registration started in `language`, verified and completed: the new account's access token.
    QString registered(const QString& method, const QString& value, const QString& destination,
                       const QString& language);
    TestReply setLanguage(const QString& access, const QJsonObject& body);
    QString profileLanguage(const QString& access);

    TestStack m_stack;
};

void TestServerLanguage::initTestCase()
{
    QVERIFY2(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(m_stack.server->errorString()));
}

TestReply TestServerLanguage::startRegistration(const QString& method, const QString& value,
                                                const QJsonValue& language)
{
    QJsonObject body { { QStringLiteral("method"), method },
                       { method, value },
                       { QStringLiteral("region"), QStringLiteral("RU") },
                       { QStringLiteral("captcha"), m_stack.registration->solvedCaptcha() } };
    if (!language.isUndefined())
        body.insert(QStringLiteral("language"), language);
    return m_stack.client->post(QStringLiteral("/v1/registrations"), body);
}

QString TestServerLanguage::registered(const QString& method, const QString& value,
                                       const QString& destination, const QString& language)
{
    const TestReply started = startRegistration(method, value, language);
    if (started.status != 201)
        return {};
    const QString id = started.json.value("registrationId").toString();
    if (m_stack.registration->verify(id, m_stack.registration->lastCode(destination)).status != 200)
        return {};
    return m_stack.registration->complete(id, kLang.password).json.value("accessToken").toString();
}

TestReply TestServerLanguage::setLanguage(const QString& access, const QJsonObject& body)
{
    return m_stack.client->send("PUT", QStringLiteral("/v1/account/language"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact), access);
}

QString TestServerLanguage::profileLanguage(const QString& access)
{
    return m_stack.flows->profile(access).json.value("language").toString();
}

void TestServerLanguage::englishByDefault()
{
    // An account from before languages (made by the operator command) and a registration that
    // names none are both English.
    const QString email = QStringLiteral("old.account@example.com");
    QVERIFY(m_stack.server->addAccount(kLang.withEmail(email)) > 0);
    const QString access = m_stack.flows->signIn(email, kLang.password).json.value("accessToken").toString();
    QVERIFY(!access.isEmpty());
    QCOMPARE(profileLanguage(access), QStringLiteral("en"));
    QCOMPARE(m_stack.flows->startPasswordChange(access).status, 201);
    const QJsonObject code = m_stack.flows->lastMessage(email);
    QCOMPARE(code.value("language").toString(), QStringLiteral("en"));
    QCOMPARE(code.value("subject").toString(), QStringLiteral("Account Manager: verification code"));
    QVERIFY(code.value("body").toString().contains(
        QStringLiteral("Your Account Manager verification code is %1. It is valid for 10 minutes.")
            .arg(code.value("code").toString())));

    const QString quiet = QStringLiteral("no.language@example.com");
    const QString newAccess = registered(QStringLiteral("email"), quiet, quiet, QString());
    QVERIFY(!newAccess.isEmpty());
    QCOMPARE(profileLanguage(newAccess), QStringLiteral("en"));
}

void TestServerLanguage::registrationByEmailInRussian()
{
    const QString email = QStringLiteral("ivan@example.com");
    QCOMPARE(startRegistration(QStringLiteral("email"), email, QStringLiteral("ru")).status, 201);
    const QJsonObject message = m_stack.registration->lastMessage(email);
    QCOMPARE(message.value("language").toString(), QStringLiteral("ru"));
    QCOMPARE(message.value("subject").toString(), QStringLiteral("Менеджер аккаунтов: проверочный код"));
    const QString body = message.value("body").toString();
    const QString code = message.value("code").toString();
    QVERIFY2(body.contains(
                 QStringLiteral("Ваш проверочный код для Менеджера аккаунтов: %1. Код действует 10 минут.")
                     .arg(code)),
             qPrintable(body));
    // The link's lifetime in the right plural form, and the link itself on its own line.
    QVERIFY2(body.contains(QStringLiteral("по этой ссылке (она действует 10 минут):\n")
                           + message.value("link").toString() + QLatin1Char('\n')),
             qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("Никому не сообщайте код.")));
    QVERIFY2(!body.contains(QStringLiteral("verification code")), qPrintable(body));
}

void TestServerLanguage::registrationByPhoneInChinese()
{
    const QString phone = QStringLiteral("+79161112233");
    QCOMPARE(startRegistration(QStringLiteral("phone"), phone, QStringLiteral("zh_CN")).status, 201);
    const QJsonObject sms = m_stack.registration->lastMessage(phone);
    QCOMPARE(sms.value("language").toString(), QStringLiteral("zh_CN"));
    QCOMPARE(
        sms.value("text").toString(),
        QStringLiteral("【账号管理器】您的验证码为 %1，请勿告诉他人。").arg(sms.value("code").toString()));

    // The account keeps the language, and its codes and notices are in it from then on.
    const QString id
        = startRegistration(QStringLiteral("phone"), QStringLiteral("+79161112244"), QStringLiteral("zh_CN"))
              .json.value("registrationId")
              .toString();
    QCOMPARE(m_stack.registration->verify(id, m_stack.registration->lastCode(QStringLiteral("+79161112244")))
                 .status,
             200);
    const QString access
        = m_stack.registration->complete(id, kLang.password).json.value("accessToken").toString();
    QVERIFY(!access.isEmpty());
    QCOMPARE(profileLanguage(access), QStringLiteral("zh_CN"));
    const TestReply change = m_stack.flows->startPasswordChange(access);
    QCOMPARE(change.status, 201);
    const QString code = m_stack.flows->lastCode(QStringLiteral("+79161112244"));
    QCOMPARE(
        m_stack.flows
            ->changePassword(access, change.json.value("challengeId").toString(), code, kLang.newPassword)
            .status,
        200);
    const QJsonObject notice = m_stack.flows->lastMessage(QStringLiteral("+79161112244"));
    QCOMPARE(notice.value("purpose").toString(), QStringLiteral("password-changed"));
    QCOMPARE(notice.value("text").toString(),
             QStringLiteral("【账号管理器】您账号的密码已更改。如果这不是您本人的操作，请立即通过登录界面的“"
                            "忘记密码？”修改密码。"));
}

void TestServerLanguage::localeNamesAtRegistration_data()
{
    TestTable::strings({ "sent", "stored" },
                       {
                           { "ru_RU", "ru_RU", "ru" },
                           { "ru-UA", "ru-UA", "ru" },
                           { "zh-Hans-CN", "zh-Hans-CN", "zh_CN" },
                           { "zh", "zh", "zh_CN" },
                           { "en_GB", "en_GB", "en" },
                           // A language the server does not write: the registration goes on, in English.
                           { "de", "de", "en" },
                       });
}

void TestServerLanguage::localeNamesAtRegistration()
{
    QFETCH(QString, sent);
    QFETCH(QString, stored);
    const QString email
        = QStringLiteral("locale.%1@example.com").arg(QString(QTest::currentDataTag()).toLower());
    const QString access = registered(QStringLiteral("email"), email, email, sent);
    QVERIFY(!access.isEmpty());
    QCOMPARE(profileLanguage(access), stored);
}

void TestServerLanguage::setLanguageChangesTheNextMessages()
{
    const QString email = QStringLiteral("maria@example.com");
    const QString access = registered(QStringLiteral("email"), email, email, QStringLiteral("en"));
    QVERIFY(!access.isEmpty());

    QCOMPARE(setLanguage(access, { { QStringLiteral("language"), QStringLiteral("ru") } }).status, 204);
    QCOMPARE(profileLanguage(access), QStringLiteral("ru"));
    // The next code, and the notice after the change it makes, are Russian.
    const TestReply change = m_stack.flows->startPasswordChange(access);
    QCOMPARE(change.status, 201);
    QCOMPARE(m_stack.flows->lastMessage(email).value("language").toString(), QStringLiteral("ru"));
    const TestReply changed
        = m_stack.flows->changePassword(access, change.json.value("challengeId").toString(),
                                        m_stack.flows->lastCode(email), kLang.newPassword);
    QCOMPARE(changed.status, 200);
    const QJsonObject notice = m_stack.flows->lastMessage(email);
    QCOMPARE(notice.value("purpose").toString(), QStringLiteral("password-changed"));
    QCOMPARE(notice.value("subject").toString(),
             QStringLiteral("Менеджер аккаунтов: изменения в вашем аккаунте"));
    QVERIFY2(notice.value("body").toString().startsWith(
                 QStringLiteral("Пароль вашего аккаунта изменён. Если это были "
                                "не вы, немедленно смените пароль")),
             qPrintable(notice.value("body").toString()));

    // And back to Chinese: a new device's sign-in notice (#20) follows.
    const QString fresh = changed.json.value("accessToken").toString();
    QCOMPARE(setLanguage(fresh, { { QStringLiteral("language"), QStringLiteral("zh_CN") } }).status, 204);
    QCOMPARE(profileLanguage(fresh), QStringLiteral("zh_CN"));
    QCOMPARE(m_stack.flows->startPasswordChange(fresh).status, 201);
    const QJsonObject code = m_stack.flows->lastMessage(email);
    QCOMPARE(code.value("subject").toString(), QStringLiteral("账号管理器：验证码"));
    QVERIFY(code.value("body").toString().contains(
        QStringLiteral("您的账号管理器验证码为 %1，10 分钟内有效。").arg(code.value("code").toString())));
    // Setting the language it has is no error.
    QCOMPARE(setLanguage(fresh, { { QStringLiteral("language"), QStringLiteral("zh_CN") } }).status, 204);
}

void TestServerLanguage::setLanguageRefusesOthers_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("German") << QJsonObject { { "language", "de" } } << "E-FIELD-INVALID";
    // Exactly the names GET /v1/account gives: a locale name is for registration only.
    QTest::newRow("ru_RU") << QJsonObject { { "language", "ru_RU" } } << "E-FIELD-INVALID";
    QTest::newRow("zh") << QJsonObject { { "language", "zh" } } << "E-FIELD-INVALID";
    QTest::newRow("number") << QJsonObject { { "language", 7 } } << "E-FIELD-INVALID";
    QTest::newRow("missing") << QJsonObject {} << "E-FIELD-MISSING";
}

void TestServerLanguage::setLanguageRefusesOthers()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    const QString email = QStringLiteral("refused.%1@example.com")
                              .arg(QString(QTest::currentDataTag()).toLower().remove(QLatin1Char('_')));
    const QString access = registered(QStringLiteral("email"), email, email, QStringLiteral("ru"));
    QVERIFY(!access.isEmpty());
    const TestReply refused = setLanguage(access, body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), error);
    QCOMPARE(refused.errorField(), QStringLiteral("language"));
    QCOMPARE(profileLanguage(access), QStringLiteral("ru"));
    // Not signed in: no language is set for anyone.
    QCOMPARE(setLanguage(QString(), { { QStringLiteral("language"), QStringLiteral("en") } }).status, 401);
    // A registration's language that is no locale name at all is refused too.
    const TestReply bad = startRegistration(QStringLiteral("email"), QStringLiteral("x@example.com"),
                                            QStringLiteral("<script>"));
    QCOMPARE(bad.errorCode(), QStringLiteral("E-FIELD-INVALID"));
    QCOMPARE(bad.errorField(), QStringLiteral("language"));
}

void TestServerLanguage::noticesToOtherAddressesInTheirAccountsLanguage()
{
    // A Chinese account, and a Russian one that changes its email: the old address hears of it in
    // Russian; an attempt to take the Chinese account's address tells its owner in Chinese.
    const QString owner = QStringLiteral("wang@example.com");
    QVERIFY(!registered(QStringLiteral("email"), owner, owner, QStringLiteral("zh_CN")).isEmpty());
    const QString old = QStringLiteral("pavel@example.com");
    const QString access = registered(QStringLiteral("email"), old, old, QStringLiteral("ru"));
    QVERIFY(!access.isEmpty());

    QCOMPARE(m_stack.flows
                 ->putContact(
                     access, QStringLiteral("email"),
                     { { QStringLiteral("email"), owner }, { QStringLiteral("password"), kLang.password } })
                 .status,
             201);
    const QJsonObject taken = m_stack.flows->lastMessage(owner);
    QCOMPARE(taken.value("purpose").toString(), QStringLiteral("contact-taken"));
    QCOMPARE(taken.value("language").toString(), QStringLiteral("zh_CN"));
    QCOMPARE(taken.value("subject").toString(), QStringLiteral("账号管理器：有人试图绑定您的邮箱地址"));

    const QString fresh = QStringLiteral("pavel.new@example.com");
    const TestReply started = m_stack.flows->putContact(
        access, QStringLiteral("email"),
        { { QStringLiteral("email"), fresh }, { QStringLiteral("password"), kLang.password } });
    QCOMPARE(started.status, 201);
    QCOMPARE(m_stack.flows->lastMessage(fresh).value("language").toString(), QStringLiteral("ru"));
    QCOMPARE(m_stack.flows
                 ->putContact(access, QStringLiteral("email"),
                              { { QStringLiteral("challengeId"), started.json.value("challengeId") },
                                { QStringLiteral("code"), m_stack.flows->lastCode(fresh) } })
                 .status,
             200);
    const QJsonObject changed = m_stack.flows->lastMessage(old);
    QCOMPARE(changed.value("purpose").toString(), QStringLiteral("email-changed"));
    QVERIFY2(changed.value("body").toString().startsWith(QStringLiteral(
                 "Адрес электронной почты вашего аккаунта изменён: этот адрес к нему больше не "
                 "привязан.")),
             qPrintable(changed.value("body").toString()));
}

void TestServerLanguage::linkPageInTheRegistrationsLanguage()
{
    const QString email = QStringLiteral("link.ru@example.com");
    QCOMPARE(startRegistration(QStringLiteral("email"), email, QStringLiteral("ru")).status, 201);
    const QUrl link(m_stack.registration->lastMessage(email).value("link").toString());
    const QString path = link.path() + QLatin1Char('?') + link.query();
    const TestReply button = m_stack.client->get(path);
    QCOMPARE(button.status, 200);
    const QString page = QString::fromUtf8(button.body);
    QVERIFY2(page.contains(QStringLiteral("<html lang=\"ru\">")), qPrintable(page));
    QVERIFY(page.contains(QStringLiteral("Подтвердите, что этот адрес электронной почты принадлежит вам")));
    QVERIFY(page.contains(QStringLiteral("<button type=\"submit\">Подтвердить</button>")));
    const TestReply confirmed = m_stack.client->send("POST", path);
    QCOMPARE(confirmed.status, 200);
    QVERIFY(
        QString::fromUtf8(confirmed.body).contains(QStringLiteral("Адрес электронной почты подтверждён.")));

    const QString chinese = QStringLiteral("link.zh@example.com");
    QCOMPARE(startRegistration(QStringLiteral("email"), chinese, QStringLiteral("zh_CN")).status, 201);
    const QUrl chineseLink(m_stack.registration->lastMessage(chinese).value("link").toString());
    // A wrong token: the registration still says which language.
    const TestReply wrong = m_stack.client->get(chineseLink.path() + QStringLiteral("?token=wrong"));
    QCOMPARE(wrong.status, 404);
    QVERIFY2(QString::fromUtf8(wrong.body).contains(QStringLiteral("<html lang=\"zh-CN\">")),
             wrong.body.constData());
    QVERIFY(QString::fromUtf8(wrong.body).contains(QStringLiteral("此链接已失效。")));
}

void TestServerLanguage::deadLinkPageInTheBrowsersLanguage()
{
    // No registration to ask: the browser's Accept-Language picks the first language the server writes.
    const auto open = [this](const QByteArray& acceptLanguage) {
        QNetworkAccessManager manager;
        QUrl url = m_stack.server->url();
        url.setPath(QStringLiteral("/v1/registrations/%1/confirm").arg(QString(32, QLatin1Char('a'))));
        url.setQuery(QStringLiteral("token=x"));
        QNetworkRequest request(url);
        request.setSslConfiguration(TestTls::configuration());
        if (!acceptLanguage.isEmpty())
            request.setRawHeader("Accept-Language", acceptLanguage);
        return TestClient::finish(manager.get(request));
    };
    const TestReply german = open("de-DE,de;q=0.9,ru;q=0.8,en;q=0.5");
    QCOMPARE(german.status, 404);
    QVERIFY2(QString::fromUtf8(german.body).contains(QStringLiteral("Эта ссылка больше не действительна.")),
             german.body.constData());
    const TestReply none = open({});
    QCOMPARE(none.status, 404);
    QVERIFY(none.body.contains("This link is not valid any more."));
    QVERIFY(none.body.contains("<html lang=\"en\">"));
}

QTEST_MAIN(TestServerLanguage)
#include "tst_server_language.moc"
