// SPDX-License-Identifier: Apache-2.0
#include "TestTotp.h"
#include "protocol/AccountChangeMessages.h"
#include "protocol/AccountMessages.h"
#include "protocol/ActivityMessages.h"
#include "protocol/ApiError.h"
#include "protocol/CaptchaMessages.h"
#include "protocol/DeviceMessages.h"
#include "protocol/HealthMessages.h"
#include "protocol/RecoveryMessages.h"
#include "protocol/RegistrationMessages.h"
#include "protocol/SessionMessages.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <functional>

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
    void wireFormat_data();
    void wireFormat();
    void decodeErrors_data();
    void decodeErrors();
    void valuesRoundTrip();
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

namespace {
// A message's decoder and encoder by name, so that a data row can say which message it is about.
using Recode = std::function<QJsonObject(const QJsonObject&, ApiError*)>;

template<typename Message> Recode recode()
{
    return [](const QJsonObject& json, ApiError* error) { return Message::fromJson(json, error).toJson(); };
}

const QHash<QString, Recode>& messages()
{
    static const QHash<QString, Recode> table {
        { QStringLiteral("AccountProfile"), recode<AccountProfile>() },
        { QStringLiteral("SetLanguageRequest"), recode<SetLanguageRequest>() },
        { QStringLiteral("PasswordChallengeRequest"), recode<PasswordChallengeRequest>() },
        { QStringLiteral("ChangePasswordRequest"), recode<ChangePasswordRequest>() },
        { QStringLiteral("ChangeEmailRequest"), recode<ChangeEmailRequest>() },
        { QStringLiteral("ChangePhoneRequest"), recode<ChangePhoneRequest>() },
        { QStringLiteral("ConfirmContactRequest"), recode<ConfirmContactRequest>() },
        { QStringLiteral("ActivityEvent"), recode<ActivityEvent>() },
        { QStringLiteral("ActivityPage"), recode<ActivityPage>() },
        { QStringLiteral("ExportRequest"), recode<ExportRequest>() },
        { QStringLiteral("CaptchaResponse"), recode<CaptchaResponse>() },
        { QStringLiteral("BoundDevice"), recode<BoundDevice>() },
        { QStringLiteral("DeviceList"), recode<DeviceList>() },
        { QStringLiteral("UnbindDeviceRequest"), recode<UnbindDeviceRequest>() },
        { QStringLiteral("DeleteAccountRequest"), recode<DeleteAccountRequest>() },
        { QStringLiteral("HealthResponse"), recode<HealthResponse>() },
        { QStringLiteral("StartRecoveryRequest"), recode<StartRecoveryRequest>() },
        { QStringLiteral("RecoveryStart"), recode<RecoveryStart>() },
        { QStringLiteral("RecoverySendRequest"), recode<RecoverySendRequest>() },
        { QStringLiteral("CompleteRecoveryRequest"), recode<CompleteRecoveryRequest>() },
        { QStringLiteral("RecoveryResult"), recode<RecoveryResult>() },
        { QStringLiteral("StartRegistrationRequest"), recode<StartRegistrationRequest>() },
        { QStringLiteral("CodeChallenge"), recode<CodeChallenge>() },
        { QStringLiteral("CodeChallenge/challengeId"),
          [](const QJsonObject& json, ApiError* error) {
              return CodeChallenge::fromJson(json, error, "challengeId")
                  .toJson(QStringLiteral("challengeId"));
          } },
        { QStringLiteral("VerifyCodeRequest"), recode<VerifyCodeRequest>() },
        { QStringLiteral("CompleteRegistrationRequest"), recode<CompleteRegistrationRequest>() },
        { QStringLiteral("RegistrationStatus"), recode<RegistrationStatus>() },
        { QStringLiteral("SignInRequest"), recode<SignInRequest>() },
        { QStringLiteral("TokenResponse"), recode<TokenResponse>() },
        { QStringLiteral("RefreshRequest"), recode<RefreshRequest>() },
        { QStringLiteral("TwoStepSetupRequest"), recode<TwoStepSetupRequest>() },
        { QStringLiteral("TwoStepSetup"), recode<TwoStepSetup>() },
        { QStringLiteral("TwoStepConfirmRequest"), recode<TwoStepConfirmRequest>() },
        { QStringLiteral("TwoStepBackupCodes"), recode<TwoStepBackupCodes>() },
        { QStringLiteral("TwoStepDisableRequest"), recode<TwoStepDisableRequest>() },
    };
    return table;
}

QByteArray compact(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

const QByteArray kDevice = R"({"id":"d-1","kind":"computer","name":"Laptop","platform":"Linux"})";
const QByteArray kCaptcha = R"({"answer":"x7kp","id":"c-1"})";
const QByteArray kEvent
    = R"({"address":"203.0.113.x","count":3,"device":{"kind":"computer","name":"Laptop","platform":"Linux"},)"
      R"("time":"2026-11-25T08:00:00.123Z","type":"sign-in-failed"})";
const QByteArray kBound = R"({"current":true,"firstSeen":"2026-11-25T08:00:00Z","id":"d-1","kind":"band",)"
                          R"("lastSeen":"2026-11-26T09:30:00Z","name":"Mi Band 8","platform":"Zepp"})";
const QByteArray kChoices
    = R"("choices":[{"sentTo":"a***@example.com","via":"email"},{"sentTo":"+7 *** ***-45-67","via":"phone"}])";
} // namespace

// The wire format, field by field: what each message reads and then writes back, written out in full
// (keys sorted, as QJsonDocument writes them). Where input and output are the same row, every field
// survives the round trip under its own name; where they differ, the row shows a default, a value
// read leniently, or a field written as null or left out.
void TestProtocol::wireFormat_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("output");

    auto same = [](const char* name, const char* message, const QByteArray& json) {
        QTest::newRow(name) << QString::fromLatin1(message) << json << json;
    };
    same("profile", "AccountProfile",
         R"({"accountId":1000000001,"createdAt":"2026-11-25T08:00:00Z","email":"anna@example.com",)"
         R"("language":"ru","phone":"+79123456789","region":"RU","twoStep":true})");
    QTest::newRow("profile: nulls and defaults")
        << "AccountProfile" << QByteArray(R"({"accountId":7,"region":"RU"})")
        << QByteArray(R"({"accountId":7,"createdAt":"","email":null,"language":"en","phone":null,)"
                      R"("region":"RU","twoStep":false})");
    QTest::newRow("profile: odd date, unknown language")
        << "AccountProfile"
        << QByteArray(R"({"accountId":7,"createdAt":"yesterday","email":"","language":"xx","region":"RU"})")
        << QByteArray(R"({"accountId":7,"createdAt":"","email":null,"language":"en","phone":null,)"
                      R"("region":"RU","twoStep":false})");
    same("set language", "SetLanguageRequest", R"({"language":"zh_CN"})");
    same("password challenge: via", "PasswordChallengeRequest", R"({"via":"phone"})");
    same("password challenge: no via", "PasswordChallengeRequest", "{}");
    QTest::newRow("password challenge: empty via omitted")
        << "PasswordChallengeRequest" << QByteArray(R"({"via":""})") << QByteArray("{}");
    same("change password", "ChangePasswordRequest",
         R"({"challengeId":"c1","code":"123456","newPassword":"n3w-Secret"})");
    same("change email", "ChangeEmailRequest", R"({"email":"new@example.com","password":"pw"})");
    same("change phone", "ChangePhoneRequest", R"({"password":"pw","phone":"+79123456789","region":"RU"})");
    same("confirm contact", "ConfirmContactRequest", R"({"challengeId":"c1","code":"123456"})");
    same("event", "ActivityEvent", kEvent);
    QTest::newRow("event: address written, device and count left out")
        << "ActivityEvent"
        << QByteArray(R"({"count":5,"device":{},"time":"2026-11-25T08:00:00.000Z","type":"sign-in"})")
        << QByteArray(R"({"address":"","time":"2026-11-25T08:00:00.000Z","type":"sign-in"})");
    QTest::newRow("event: failures count one by default")
        << "ActivityEvent" << QByteArray(R"({"time":"2026-11-25T08:00:00Z","type":"sign-in-failed"})")
        << QByteArray(
               R"({"address":"","count":1,"time":"2026-11-25T08:00:00.000Z","type":"sign-in-failed"})");
    same("activity page", "ActivityPage",
         R"({"events":[)" + kEvent + R"(],"next":"2026-11-24T08:00:00.000Z"})");
    QTest::newRow("activity page: last")
        << "ActivityPage" << QByteArray(R"({"events":[]})") << QByteArray(R"({"events":[],"next":null})");
    same("export", "ExportRequest", R"({"password":"pw"})");
    same("captcha", "CaptchaResponse", R"({"captchaId":"c-1","image":"iVBORw0KGgo="})");
    same("bound device", "BoundDevice", kBound);
    QTest::newRow("bound device: no platform, unknown kind")
        << "BoundDevice"
        << QByteArray(R"({"current":false,"firstSeen":"2026-11-25T08:00:00Z","id":"d","kind":"toaster",)"
                      R"("lastSeen":"2026-11-25T08:00:00Z","name":"n"})")
        << QByteArray(R"({"current":false,"firstSeen":"2026-11-25T08:00:00Z","id":"d","kind":"other",)"
                      R"("lastSeen":"2026-11-25T08:00:00Z","name":"n","platform":""})");
    same("device list", "DeviceList", R"({"devices":[)" + kBound + "]}");
    same("device list: empty", "DeviceList", R"({"devices":[]})");
    same("unbind", "UnbindDeviceRequest", R"({"password":"pw"})");
    same("delete account", "DeleteAccountRequest", R"({"challengeId":"c1","code":"123456","password":"pw"})");
    same("delete account: two-step", "DeleteAccountRequest",
         R"({"challengeId":"c1","code":"123456","password":"pw","twoStep":{"code":"654321"}})");
    same("health", "HealthResponse",
         R"({"status":"ok","time":"2026-11-25T08:00:00.123Z","version":"1.2.3"})");
    same("start recovery", "StartRecoveryRequest",
         R"({"captcha":)" + kCaptcha + R"(,"login":"anna@example.com"})");
    same("start recovery: via", "StartRecoveryRequest",
         R"({"captcha":)" + kCaptcha + R"(,"login":"anna@example.com","via":"email"})");
    same("recovery start: choices", "RecoveryStart", R"({)" + kChoices + R"(,"recoveryId":"r1"})");
    same(
        "recovery start: code sent", "RecoveryStart",
        R"({"channel":"email",)" + kChoices
            + R"(,"codeLength":6,"expiresIn":600,"recoveryId":"r1","resendAfter":60,"sentTo":"a***@example.com"})");
    same("recovery send", "RecoverySendRequest", R"({"via":"phone"})");
    same("complete recovery", "CompleteRecoveryRequest", R"({"code":"123456","newPassword":"n3w"})");
    same("complete recovery: two-step", "CompleteRecoveryRequest",
         R"({"code":"123456","newPassword":"n3w","twoStep":{"code":"b1-c2"}})");
    same("recovery result", "RecoveryResult", R"({"accountId":1000000001})");
    same(
        "start registration: email", "StartRegistrationRequest",
        R"({"captcha":)" + kCaptcha
            + R"(,"email":"anna@example.com","language":"ru","marketingOptIn":true,"method":"email","region":"RU"})");
    QTest::newRow("start registration: phone, locale, no opt-in")
        << "StartRegistrationRequest"
        << (R"({"captcha":)" + kCaptcha
            + R"(,"email":"x@y.z","language":"zh-Hans-CN","method":"phone","phone":"+79123456789","region":"RU"})")
        << (R"({"captcha":)" + kCaptcha
            + R"(,"language":"zh_CN","marketingOptIn":false,"method":"phone","phone":"+79123456789","region":"RU"})");
    QTest::newRow("start registration: no language")
        << "StartRegistrationRequest"
        << (R"({"captcha":)" + kCaptcha + R"(,"email":"a@b.c","method":"email","region":"RU"})")
        << (R"({"captcha":)" + kCaptcha
            + R"(,"email":"a@b.c","language":"en","marketingOptIn":false,"method":"email","region":"RU"})");
    same("code challenge", "CodeChallenge",
         R"({"channel":"sms","codeLength":6,"expiresIn":600,"registrationId":"r1","resendAfter":60,)"
         R"("sentTo":"+7 *** ***-45-67"})");
    same(
        "code challenge: challengeId", "CodeChallenge/challengeId",
        R"({"challengeId":"c1","channel":"email","codeLength":8,"expiresIn":0,"resendAfter":0,"sentTo":"a***@b.c"})");
    same("verify code", "VerifyCodeRequest", R"({"code":"123456"})");
    same("complete registration", "CompleteRegistrationRequest",
         R"({"device":)" + kDevice + R"(,"password":"pw"})");
    same("complete registration: device secret", "CompleteRegistrationRequest",
         R"({"device":)" + kDevice + R"(,"deviceSecret":"s3cret","password":"pw"})");
    same("registration status", "RegistrationStatus",
         R"({"channel":"email","expiresIn":540,"registrationId":"r1","resendAfter":0,"sentTo":"a***@b.c",)"
         R"("verified":true})");
    same("sign-in", "SignInRequest",
         R"({"device":)" + kDevice + R"(,"login":"anna@example.com","password":"pw"})");
    same("sign-in: everything", "SignInRequest",
         R"({"captcha":)" + kCaptcha + R"(,"device":)" + kDevice
             + R"(,"deviceSecret":"s3cret","deviceVerification":{"challengeId":"c2","code":"111111"},)"
               R"("login":"1000000001","password":"pw","twoStep":{"code":"123456"}})");
    QTest::newRow("sign-in: empty device secret omitted")
        << "SignInRequest"
        << (R"({"device":)" + kDevice + R"(,"deviceSecret":"","login":"a","password":"p"})")
        << (R"({"device":)" + kDevice + R"(,"login":"a","password":"p"})");
    same("tokens", "TokenResponse",
         R"({"accessToken":"a","accountId":1000000001,"expiresIn":900,"refreshToken":"r"})");
    same(
        "tokens: device secret", "TokenResponse",
        R"({"accessToken":"a","accountId":1000000001,"deviceSecret":"s","expiresIn":900,"refreshToken":"r"})");
    same("refresh", "RefreshRequest", R"({"refreshToken":"r"})");
    same("refresh: device", "RefreshRequest", R"({"deviceId":"d-1","refreshToken":"r"})");
    same("two-step setup request", "TwoStepSetupRequest", R"({"password":"pw"})");
    same("two-step setup", "TwoStepSetup",
         R"({"digits":6,"otpauthUri":"otpauth://totp/x?secret=JBSWY3DP","period":30,"secret":"JBSWY3DP",)"
         R"("setupId":"s1"})");
    same("two-step confirm", "TwoStepConfirmRequest", R"({"code":"123456","setupId":"s1"})");
    same("backup codes", "TwoStepBackupCodes", R"({"backupCodes":["a1b2-c3d4","e5f6-a7b8"]})");
    same("two-step disable", "TwoStepDisableRequest", R"({"code":"123456","password":"pw"})");
}

void TestProtocol::wireFormat()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, output);
    QVERIFY2(messages().contains(message), qPrintable(message));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(input, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    ApiError error;
    const QJsonObject written = messages().value(message)(json, &error);
    QVERIFY2(!error, qPrintable(error.wireName() + QLatin1Char(' ') + error.field));
    QCOMPARE(compact(written), output);
    // What a message writes it reads back as it was.
    QCOMPARE(compact(messages().value(message)(written, &error)), output);
    QVERIFY(!error);
}

// What a decoder refuses, and the code and field it names ("E-FIELD-MISSING device.platform"): the
// first problem in the order fields are read.
void TestProtocol::decodeErrors_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    const QString missing = QStringLiteral("E-FIELD-MISSING");
    const QString invalid = QStringLiteral("E-FIELD-INVALID");
    auto row = [](const char* name, const char* message, const QByteArray& json, const QString& code,
                  const char* field) {
        QTest::newRow(name) << QString::fromLatin1(message) << json
                            << code + QLatin1Char(' ') + QLatin1String(field);
    };
    row("profile: account id 0", "AccountProfile", R"({"accountId":0,"region":"RU"})", invalid, "accountId");
    row("profile: email a number", "AccountProfile", R"({"accountId":7,"email":5,"region":"RU"})", invalid,
        "email");
    row("profile: date a number", "AccountProfile", R"({"accountId":7,"createdAt":5,"region":"RU"})", invalid,
        "createdAt");
    row("profile: region too long", "AccountProfile", R"({"accountId":7,"region":"RUS"})", invalid, "region");
    row("language: not one", "SetLanguageRequest", R"({"language":"fr"})", invalid, "language");
    row("language: missing", "SetLanguageRequest", "{}", missing, "language");
    row("via: fax", "PasswordChallengeRequest", R"({"via":"fax"})", invalid, "via");
    row("event: no time", "ActivityEvent", R"({"type":"sign-in"})", missing, "time");
    row("event: bad time", "ActivityEvent", R"({"time":"noon","type":"sign-in"})", invalid, "time");
    row("event: device not object", "ActivityEvent",
        R"({"device":"x","time":"2026-11-25T08:00:00Z","type":"sign-in"})", invalid, "device");
    row("event: count 0", "ActivityEvent", R"({"count":0,"time":"2026-11-25T08:00:00Z","type":"sign-in"})",
        invalid, "count");
    row("page: no events", "ActivityPage", "{}", missing, "events");
    row("page: events not a list", "ActivityPage", R"({"events":5})", missing, "events");
    row("page: empty event", "ActivityPage", R"({"events":[{}]})", missing, "events.type");
    row("page: event device name", "ActivityPage",
        R"({"events":[{"device":{"name":5},"time":"2026-11-25T08:00:00Z","type":"sign-in"}]})", invalid,
        "events.device.name");
    row("page: next empty", "ActivityPage", R"({"events":[],"next":""})", invalid, "next");
    row("page: next a number", "ActivityPage", R"({"events":[],"next":5})", invalid, "next");
    row("page: next not a time", "ActivityPage", R"({"events":[],"next":"soon"})", invalid, "next");
    row("captcha: image no base64", "CaptchaResponse", R"({"captchaId":"c","image":"V"})", invalid, "image");
    row("captcha: id first", "CaptchaResponse", R"({"image":"V"})", missing, "captchaId");
    row("bound device: no current", "BoundDevice",
        R"({"firstSeen":"2026-11-25T08:00:00Z","id":"d","kind":"band","lastSeen":"2026-11-25T08:00:00Z","name":"n"})",
        missing, "current");
    row("bound device: kind too long", "BoundDevice",
        R"({"current":true,"firstSeen":"2026-11-25T08:00:00Z","id":"d","kind":"a-very-long-kind!",)"
        R"("lastSeen":"2026-11-25T08:00:00Z","name":"n"})",
        invalid, "kind");
    row("device list: item field", "DeviceList", R"({"devices":[{"id":"d"}]})", missing, "devices.name");
    row("delete: empty two-step", "DeleteAccountRequest",
        R"({"challengeId":"c","code":"1","password":"p","twoStep":{}})", missing, "twoStep.code");
    row("health: bad time", "HealthResponse", R"({"status":"ok","time":"x","version":"1"})", invalid, "time");
    row("start recovery: no captcha", "StartRecoveryRequest", R"({"login":"a"})", missing, "captcha");
    row("start recovery: bad via", "StartRecoveryRequest", R"({"captcha":{},"login":"a","via":"fax"})",
        invalid, "via");
    row("recovery start: no choices", "RecoveryStart", R"({"recoveryId":"r"})", missing, "choices");
    row("recovery start: choices null", "RecoveryStart", R"({"choices":null,"recoveryId":"r"})", invalid,
        "choices");
    row("recovery start: bad choice", "RecoveryStart",
        R"({"choices":[{"sentTo":"x","via":"fax"}],"recoveryId":"r"})", invalid, "choices");
    row("recovery start: sentTo null", "RecoveryStart", R"({"choices":[],"recoveryId":"r","sentTo":null})",
        missing, "sentTo");
    row("recovery start: half a challenge", "RecoveryStart",
        R"({"choices":[],"recoveryId":"r","sentTo":"x"})", missing, "channel");
    row("registration: no method", "StartRegistrationRequest", R"({"region":"RU"})", missing, "method");
    row("registration: bad locale", "StartRegistrationRequest",
        R"({"captcha":{"answer":"a","id":"c"},"email":"a@b.c","language":"1!","method":"email","region":"RU"})",
        invalid, "language");
    row("sign-in: unknown kind after missing platform", "SignInRequest",
        R"({"device":{"id":"d","kind":"toaster","name":"n"},"login":"a","password":"p"})", missing,
        "device.platform");
    row("backup codes: missing", "TwoStepBackupCodes", "{}", invalid, "backupCodes");
    row("backup codes: none", "TwoStepBackupCodes", R"({"backupCodes":[]})", invalid, "backupCodes");
    row("backup codes: too many", "TwoStepBackupCodes",
        R"({"backupCodes":["1","2","3","4","5","6","7","8","9","10","11","12","13","14","15","16","17","18",)"
        R"("19","20","21"]})",
        invalid, "backupCodes");
    row("tokens: lifetime 0", "TokenResponse",
        R"({"accessToken":"a","accountId":1,"expiresIn":0,"refreshToken":"r"})", invalid, "expiresIn");
    row("two-step setup: 9 digits", "TwoStepSetup",
        R"({"digits":9,"otpauthUri":"o","period":30,"secret":"s","setupId":"s1"})", invalid, "digits");
    row("status: no verified", "RegistrationStatus",
        R"({"channel":"email","expiresIn":1,"registrationId":"r","resendAfter":0,"sentTo":"s"})", missing,
        "verified");
    row("challenge: code length 3", "CodeChallenge",
        R"({"channel":"sms","codeLength":3,"expiresIn":1,"registrationId":"r","resendAfter":0,"sentTo":"s"})",
        invalid, "codeLength");
    row("challenge: other id name", "CodeChallenge/challengeId",
        R"({"channel":"sms","codeLength":6,"expiresIn":1,"registrationId":"r","resendAfter":0,"sentTo":"s"})",
        missing, "challengeId");
}

void TestProtocol::decodeErrors()
{
    QFETCH(QString, message);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QVERIFY2(messages().contains(message), qPrintable(message));
    ApiError error;
    messages().value(message)(QJsonDocument::fromJson(input).object(), &error);
    QCOMPARE(error.wireName() + QLatin1Char(' ') + error.field, expected);
}

// From values to the wire and back: what a message holds survives toJson() then fromJson(),
// the parts written by a message's own steps (bytes, times, an inlined challenge) included.
void TestProtocol::valuesRoundTrip()
{
    ApiError error;
    CaptchaResponse captcha { QStringLiteral("c-1"), QByteArray("\x89PNG\r\n\x1a\n\0\xff", 10) };
    QCOMPARE(CaptchaResponse::fromJson(captcha.toJson(), &error).image, captcha.image);
    QVERIFY(!error);

    const QDateTime time(QDate(2026, 11, 25), QTime(8, 0, 0, 123), Qt::UTC);
    ActivityPage page;
    page.events.append(ActivityEvent {
        QStringLiteral("sign-in-failed"), time,
        ActivityDevice { QStringLiteral("Laptop"), QStringLiteral("computer"), QStringLiteral("Linux") },
        QStringLiteral("203.0.113.x"), 4 });
    page.events.append(ActivityEvent { QStringLiteral("password-changed"), time.addSecs(-60), {}, {}, 1 });
    page.next = time.addDays(-1);
    const ActivityPage pageBack = ActivityPage::fromJson(page.toJson(), &error);
    QVERIFY2(!error, qPrintable(error.field));
    QCOMPARE(pageBack.events.size(), 2);
    QCOMPARE(pageBack.events.at(0).time, time);
    QCOMPARE(pageBack.events.at(0).device.platform, QStringLiteral("Linux"));
    QCOMPARE(pageBack.events.at(0).count, 4);
    QVERIFY(pageBack.events.at(1).device.isEmpty());
    QCOMPARE(pageBack.next, page.next);

    BoundDevice device { QStringLiteral("d-1"),
                         QStringLiteral("Scale"),
                         QStringLiteral("scale"),
                         {},
                         time.addMSecs(-123),
                         time.addMSecs(-123).addDays(3),
                         true };
    const BoundDevice deviceBack = BoundDevice::fromJson(device.toJson(), &error);
    QVERIFY(!error);
    QCOMPARE(deviceBack.firstSeen, device.firstSeen);
    QCOMPARE(deviceBack.lastSeen, device.lastSeen);
    QVERIFY(deviceBack.current);

    // A recovery's challenge is written beside the recovery's fields, under its id.
    RecoveryStart start;
    start.id = QStringLiteral("r-1");
    start.choices = { RecoveryChoice { QStringLiteral("email"), QStringLiteral("a***@example.com") } };
    start.sent = CodeChallenge {
        QStringLiteral("r-1"), QStringLiteral("a***@example.com"), QStringLiteral("email"), 60, 600, 8
    };
    const RecoveryStart startBack = RecoveryStart::fromJson(start.toJson(), &error);
    QVERIFY2(!error, qPrintable(error.field));
    QCOMPARE(startBack.choices.size(), 1);
    QCOMPARE(startBack.choices.at(0).sentTo, start.choices.at(0).sentTo);
    QVERIFY(startBack.codeSent());
    QCOMPARE(startBack.sent->id, QStringLiteral("r-1"));
    QCOMPARE(startBack.sent->codeLength, 8);
    start.sent.reset();
    QVERIFY(!RecoveryStart::fromJson(start.toJson(), &error).codeSent());
    QVERIFY(!start.toJson().contains(QStringLiteral("sentTo")));

    TokenResponse tokens { 1000000001, QStringLiteral("a"), QStringLiteral("r"), 900, QStringLiteral("s") };
    const TokenResponse tokensBack = TokenResponse::fromJson(tokens.toJson(), &error);
    QVERIFY(!error);
    QCOMPARE(tokensBack.accountId, tokens.accountId);
    QCOMPARE(tokensBack.expiresIn, 900);
    QCOMPARE(tokensBack.deviceSecret, tokens.deviceSecret);
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
