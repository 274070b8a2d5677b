// SPDX-License-Identifier: Apache-2.0
#include "TestTotp.h"
#include "protocol/AccountMessages.h"
#include "protocol/ApiError.h"
#include "protocol/DeviceMessages.h"
#include "protocol/HealthMessages.h"
#include "protocol/RecoveryMessages.h"
#include "protocol/RegistrationMessages.h"
#include "protocol/SessionMessages.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void signInRoundTrip();
    void signInErrors_data();
    void signInErrors();
    void tokenResponse();
    void errorEnvelope();
    void errorEnvelopeMalformed();
    void catalogIsConsistent();
    void profileNulls();
    void registration();
    void errorExtras();
    void twoStepMessages();
    void twoStepAnswerWhereAsked();
    void totpMatchesRfc6238();
};

static QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

void TestProtocol::signInRoundTrip()
{
    SignInRequest request;
    request.login = QStringLiteral("anna@example.com");
    request.password = QStringLiteral("Mi2026secure");
    request.device = DeviceInfo { QStringLiteral("d-1"), QStringLiteral("Laptop"), QStringLiteral("computer"),
                                  QStringLiteral("Linux") };
    request.captcha = CaptchaAnswer { QStringLiteral("c-1"), QStringLiteral("x7kp") };

    ApiError error;
    const SignInRequest decoded = SignInRequest::fromJson(request.toJson(), &error);
    QVERIFY2(!error, qPrintable(error.field));
    QCOMPARE(decoded.login, request.login);
    QCOMPARE(decoded.password, request.password);
    QCOMPARE(decoded.device.kind, QStringLiteral("computer"));
    QVERIFY(decoded.captcha.has_value());
    QCOMPARE(decoded.captcha->answer, QStringLiteral("x7kp"));

    request.captcha.reset();
    const SignInRequest withoutCaptcha = SignInRequest::fromJson(request.toJson(), &error);
    QVERIFY(!error);
    QVERIFY(!withoutCaptcha.captcha.has_value());
    QVERIFY(!request.toJson().contains(QStringLiteral("captcha")));
}

void TestProtocol::signInErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray device = R"("device":{"id":"d","name":"n","kind":"computer","platform":"p"})";
    QTest::newRow("missing login") << (R"({"password":"x",)" + device + "}") << "E-FIELD-MISSING"
                                   << "login";
    QTest::newRow("empty login") << (R"({"login":"","password":"x",)" + device + "}") << "E-FIELD-MISSING"
                                 << "login";
    QTest::newRow("login wrong type") << (R"({"login":5,"password":"x",)" + device + "}") << "E-FIELD-INVALID"
                                      << "login";
    QTest::newRow("missing device") << QByteArray(R"({"login":"a","password":"x"})") << "E-FIELD-MISSING"
                                    << "device";
    QTest::newRow("device not object")
        << QByteArray(R"({"login":"a","password":"x","device":[]})") << "E-FIELD-INVALID"
        << "device";
    QTest::newRow("nested missing") << QByteArray(R"({"login":"a","password":"x","device":{"id":"d"}})")
                                    << "E-FIELD-MISSING"
                                    << "device.name";
    QTest::newRow("unknown kind") << QByteArray(
        R"({"login":"a","password":"x","device":{"id":"d","name":"n","kind":"toaster","platform":"p"}})")
                                  << "E-FIELD-INVALID"
                                  << "device.kind";
    QTest::newRow("captcha answer missing")
        << (R"({"login":"a","password":"x",)" + device + R"(,"captcha":{"id":"c"}})") << "E-FIELD-MISSING"
        << "captcha.answer";
    QTest::newRow("login too long") << (R"({"login":")" + QByteArray(300, 'a') + R"(","password":"x",)"
                                        + device + "}")
                                    << "E-FIELD-INVALID"
                                    << "login";
}

void TestProtocol::signInErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, field);
    ApiError error;
    SignInRequest::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(error.wireName(), code);
    QCOMPARE(error.field, field);
}

void TestProtocol::tokenResponse()
{
    ApiError error;
    const TokenResponse tokens = TokenResponse::fromJson(
        parse(R"({"accountId":1234567890,"accessToken":"a","refreshToken":"r","expiresIn":900})"), &error);
    QVERIFY(!error);
    QCOMPARE(tokens.accountId, 1234567890);
    QCOMPARE(tokens.expiresIn, 900);

    TokenResponse::fromJson(
        parse(R"({"accountId":1.5,"accessToken":"a","refreshToken":"r","expiresIn":900})"), &error);
    QCOMPARE(error.field, QStringLiteral("accountId"));
    TokenResponse::fromJson(
        parse(R"({"accountId":"12","accessToken":"a","refreshToken":"r","expiresIn":900})"), &error);
    QCOMPARE(error.code, ErrorCode::InvalidField);
    TokenResponse::fromJson(
        parse(R"({"accountId":1e300,"accessToken":"a","refreshToken":"r","expiresIn":900})"), &error);
    QCOMPARE(error.code, ErrorCode::InvalidField);
}

void TestProtocol::errorEnvelope()
{
    ApiError error(ErrorCode::LoginLocked, QStringLiteral("login"));
    error.requestId = QStringLiteral("3f2a9c");
    error.until = QDateTime(QDate(2026, 11, 25), QTime(12, 30), Qt::UTC);
    const QJsonObject json = error.toJson();
    const QJsonObject inner = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(inner.value(QStringLiteral("code")).toString(), QStringLiteral("E-LOGIN-LOCKED"));
    QCOMPARE(inner.value(QStringLiteral("field")).toString(), QStringLiteral("login"));
    QCOMPARE(inner.value(QStringLiteral("requestId")).toString(), QStringLiteral("3f2a9c"));
    QVERIFY(!inner.value(QStringLiteral("message")).toString().isEmpty());

    const ApiError back = ApiError::fromJson(json, 423);
    QCOMPARE(back.code, ErrorCode::LoginLocked);
    QCOMPARE(back.until, error.until);
    QCOMPARE(back.httpStatus, 423);
    QCOMPARE(back.reference(), QStringLiteral("E-LOGIN-LOCKED \u00b7 3f2a9c"));
    QVERIFY(back.userMessage().contains(
        QLocale().toString(error.until.toLocalTime().time(), QLocale::ShortFormat)));
}

void TestProtocol::errorEnvelopeMalformed()
{
    QCOMPARE(ApiError::fromJson(parse(R"({"message":"oops"})"), 502).code, ErrorCode::BadResponse);
    QCOMPARE(ApiError::fromJson(parse(R"({"error":"oops"})"), 500).code, ErrorCode::BadResponse);
    // An unknown code from a newer server is still an error, never success.
    QCOMPARE(ApiError::fromJson(parse(R"({"error":{"code":"E-FROM-THE-FUTURE"}})"), 400).code,
             ErrorCode::Internal);
}

void TestProtocol::catalogIsConsistent()
{
    QSet<QString> names;
    int index = 0;
    for (auto it = ErrorCatalog::begin(); it != ErrorCatalog::end(); ++it, ++index) {
        // The table is in enum order, so that lookups by index agree with lookups by code.
        QCOMPARE(static_cast<int>(it->code), index);
        const QString name = QString::fromLatin1(it->wireName);
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY(name.startsWith(QLatin1String("E-")));
        QCOMPARE(ErrorCatalog::fromWireName(name), it->code);
        if (it->code != ErrorCode::None) {
            QVERIFY2(qstrlen(it->userMessage) > 0, it->wireName);
            QVERIFY2(qstrlen(it->supportNote) > 0, it->wireName);
        }
    }
    QCOMPARE(ErrorCatalog::httpStatus(ErrorCode::BodyTooLarge), 413);
    QCOMPARE(ErrorCatalog::httpStatus(ErrorCode::TlsUntrusted), 0);
}

void TestProtocol::profileNulls()
{
    ApiError error;
    const AccountProfile profile = AccountProfile::fromJson(
        parse(
            R"({"accountId":1000000001,"email":null,"phone":"+79123456789","region":"RU","createdAt":"2026-11-25T08:00:00Z"})"),
        &error);
    QVERIFY(!error);
    QVERIFY(profile.email.isEmpty());
    QCOMPARE(profile.phone, QStringLiteral("+79123456789"));
    QCOMPARE(profile.toJson().value(QStringLiteral("email")).type(), QJsonValue::Null);
}

void TestProtocol::registration()
{
    ApiError error;
    StartRegistrationRequest::fromJson(
        parse(R"({"method":"fax","region":"RU","captcha":{"id":"c","answer":"a"}})"), &error);
    QCOMPARE(error.field, QStringLiteral("method"));
    StartRegistrationRequest::fromJson(
        parse(R"({"method":"phone","email":"a@b.c","region":"RU","captcha":{"id":"c","answer":"a"}})"),
        &error);
    QCOMPARE(error.code, ErrorCode::MissingField);
    QCOMPARE(error.field, QStringLiteral("phone"));

    StartRegistrationRequest start;
    start.method = QStringLiteral("email");
    start.email = QStringLiteral("anna@example.com");
    start.region = QStringLiteral("RU");
    start.marketingOptIn = true;
    start.captcha = CaptchaAnswer { QStringLiteral("c1"), QStringLiteral("abcd") };
    const auto back = StartRegistrationRequest::fromJson(start.toJson(), &error);
    QVERIFY(!error);
    QCOMPARE(back.email, start.email);
    QVERIFY(back.marketingOptIn);
    QVERIFY(!start.toJson().contains(QStringLiteral("phone")));

    CodeChallenge challenge {
        QStringLiteral("r1"), QStringLiteral("a***@example.com"), QStringLiteral("email"), 60, 600, 6
    };
    const auto decoded = CodeChallenge::fromJson(challenge.toJson(), &error);
    QVERIFY(!error);
    QCOMPARE(decoded.id, QStringLiteral("r1"));
    QCOMPARE(decoded.resendAfter, 60);
    // Other challenges carry their ID under another name.
    const auto recovery
        = CodeChallenge::fromJson(challenge.toJson(QStringLiteral("challengeId")), &error, "challengeId");
    QVERIFY(!error);
    QCOMPARE(recovery.id, QStringLiteral("r1"));
}

void TestProtocol::errorExtras()
{
    ApiError wrong(ErrorCode::CodeWrong, QStringLiteral("code"));
    wrong.attemptsLeft = 2;
    const ApiError back = ApiError::fromJson(wrong.toJson(), 400);
    QCOMPARE(back.attemptsLeft, 2);
    QVERIFY(back.userMessage().contains(QLatin1Char('2')));

    ApiError weak(ErrorCode::PasswordWeak, QStringLiteral("password"));
    weak.reasons = QStringList { QStringLiteral("too_short"), QStringLiteral("common") };
    QCOMPARE(ApiError::fromJson(weak.toJson(), 400).reasons, weak.reasons);
    QCOMPARE(ApiError::fromJson(ApiError(ErrorCode::Internal).toJson(), 500).attemptsLeft, -1);
}

void TestProtocol::twoStepMessages()
{
    ApiError error;
    const auto setup = TwoStepSetup::fromJson(
        parse(
            R"({"setupId":"s1","secret":"JBSWY3DPEHPK3PXP","otpauthUri":"otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",)"
            R"("digits":6,"period":30})"),
        &error);
    QVERIFY2(!error, qPrintable(error.field));
    QCOMPARE(setup.secret, QStringLiteral("JBSWY3DPEHPK3PXP"));
    QCOMPARE(TwoStepSetup::fromJson(setup.toJson(), &error).otpauthUri, setup.otpauthUri);

    const auto codes
        = TwoStepBackupCodes::fromJson(parse(R"({"backupCodes":["a1b2-c3d4","e5f6-a7b8"]})"), &error);
    QVERIFY(!error);
    QCOMPARE(codes.backupCodes.size(), 2);
    TwoStepBackupCodes::fromJson(parse(R"({"backupCodes":["ok", 5]})"), &error);
    QCOMPARE(error.code, ErrorCode::InvalidField);
    QCOMPARE(error.field, QStringLiteral("backupCodes"));

    error = {};
    TwoStepDisableRequest::fromJson(parse(R"({"password":"pw"})"), &error);
    QCOMPARE(error.code, ErrorCode::MissingField);
    QCOMPARE(error.field, QStringLiteral("code"));

    error = {};
    QVERIFY(!AccountProfile::fromJson(parse(R"({"accountId":7,"region":"RU"})"), &error).twoStep);
    QVERIFY(
        AccountProfile::fromJson(parse(R"({"accountId":7,"region":"RU","twoStep":true})"), &error).twoStep);
    QVERIFY(!error);
}

void TestProtocol::twoStepAnswerWhereAsked()
{
    // Sign-in, a recovery's completion and a deletion each carry {"twoStep":{"code"}} once asked.
    ApiError error;
    SignInRequest signIn;
    signIn.login = QStringLiteral("1");
    signIn.password = QStringLiteral("p");
    signIn.device = DeviceInfo { QStringLiteral("d"), QStringLiteral("n"), QStringLiteral("computer"),
                                 QStringLiteral("L") };
    QVERIFY(!signIn.toJson().contains(QStringLiteral("twoStep")));
    signIn.twoStep = TwoStepAnswer { QStringLiteral("123456") };
    QCOMPARE(
        signIn.toJson().value(QStringLiteral("twoStep")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("123456"));
    QCOMPARE(SignInRequest::fromJson(signIn.toJson(), &error).twoStep->code, QStringLiteral("123456"));

    CompleteRecoveryRequest recovery { QStringLiteral("111111"), QStringLiteral("new"),
                                       TwoStepAnswer { QStringLiteral("b-1") } };
    QCOMPARE(CompleteRecoveryRequest::fromJson(recovery.toJson(), &error).twoStep->code,
             QStringLiteral("b-1"));
    DeleteAccountRequest deletion { QStringLiteral("pw"), QStringLiteral("c"), QStringLiteral("222222"),
                                    std::nullopt };
    QVERIFY(!DeleteAccountRequest::fromJson(deletion.toJson(), &error).twoStep.has_value());
    QVERIFY(!error);

    // A code longer than any TOTP or backup code is refused at its field.
    SignInRequest::fromJson(
        parse(R"({"login":"1","password":"p","device":{"id":"d","name":"n","kind":"computer",)"
              R"("platform":"L"},"twoStep":{"code":"0123456789012345678901234567890123"}})"),
        &error);
    QCOMPARE(error.code, ErrorCode::InvalidField);
    QCOMPARE(error.field, QStringLiteral("twoStep.code"));
}

void TestProtocol::totpMatchesRfc6238()
{
    // RFC 6238, appendix B: the SHA-1 seed "12345678901234567890", 8 digits.
    const QString seed = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    QCOMPARE(TestTotp::code(seed, QDateTime::fromSecsSinceEpoch(59, Qt::UTC), 8), QStringLiteral("94287082"));
    QCOMPARE(TestTotp::code(seed, QDateTime::fromSecsSinceEpoch(1111111109, Qt::UTC), 8),
             QStringLiteral("07081804"));
    QCOMPARE(TestTotp::code(seed, QDateTime::fromSecsSinceEpoch(59, Qt::UTC)), QStringLiteral("287082"));
    // Apps take the secret in lower case and without padding.
    QCOMPARE(TestTotp::code(QStringLiteral("gezdgnbvgy3tqojqgezdgnbvgy3tqojq"),
                            QDateTime::fromSecsSinceEpoch(59, Qt::UTC)),
             QStringLiteral("287082"));
    QVERIFY(TestTotp::code(QStringLiteral("not base32!")).isEmpty());
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
