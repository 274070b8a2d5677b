// SPDX-License-Identifier: Apache-2.0
// Two-step verification (issue #18) against a real account-server over TLS: the setup and its
// confirmation, sign-in with a code from the authenticator app (TestTotp computes what the app would
// show) or a backup code, replays and clock drift, wrong codes counted as failed sign-ins, the
// new-device code beside it, switching it off, and what a recovery, a deletion and a password change
// do on an account that has it on. Also: no secret reaches the log or the database in plain text.
#include "TestAccountFlows.h"
#include "TestClient.h"
#include "TestServer.h"
#include "TestStack.h"
#include "TestTotp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

namespace {
const QString kPassword = QStringLiteral("Tove2026pass");
const QString kNewPassword = QStringLiteral("Tove2027renewed");

QDateTime inSeconds(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}

// A code for a step that is certainly not the right one now or one step either side of it.
QString wrongTotp(const QString& secret)
{
    QSet<QString> near;
    for (int step = -2; step <= 2; ++step)
        near.insert(TestTotp::code(secret, inSeconds(step * 30)));
    for (int candidate = 0;; candidate += 111111) {
        const QString code = QStringLiteral("%1").arg(candidate % 1000000, 6, 10, QLatin1Char('0'));
        if (!near.contains(code))
            return code;
    }
}

// A code of the step before now is judged by the server in the same step only when no step begins
// in between: wait for a fresh window when this one is about to end.
void waitForFreshWindow(int atLeastSeconds = 10)
{
    if (TestTotp::secondsLeft() < atLeastSeconds)
        QTest::qWait((TestTotp::secondsLeft() + 1) * 1000);
}
} // namespace

class TestServerTwoStep : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enable();
    void setupAttemptsAndReplacement();
    void signInNeedsCode();
    void driftAndReplay();
    void wrongCodesCountAsFailedSignIns();
    void deviceCodeIsKeptForTheRepeat();
    void disable();
    void recoveryNeedsCodeAndKeepsItOn();
    void deletionNeedsCode();
    void passwordChangeKeepsItOn();
    void supportSwitchesItOff();
    void noSecretsInLogOrDatabase();

private:
    struct TwoStepAccount
    {
        qint64 id = 0;
        QString email;
        QString accessToken;
        QString secret;
        QStringList backupCodes;
    };

    TestReply sendJson(const QByteArray& method, const QString& path, const QJsonObject& body,
                       const QString& access = {}, TestStack* stack = nullptr)
    {
        TestStack& on = stack ? *stack : m_stack;
        return on.client->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), access);
    }
    TestReply startTwoStep(const QString& access, const QString& password = kPassword)
    {
        return sendJson("POST", QStringLiteral("/v1/account/two-step"),
                        { { QStringLiteral("password"), password } }, access);
    }
    TestReply confirmTwoStep(const QString& access, const QString& setupId, const QString& code)
    {
        return sendJson("POST", QStringLiteral("/v1/account/two-step/confirm"),
                        { { QStringLiteral("setupId"), setupId }, { QStringLiteral("code"), code } }, access);
    }
    TestReply disableTwoStep(const QString& access, const QString& code, const QString& password = kPassword)
    {
        return sendJson("DELETE", QStringLiteral("/v1/account/two-step"),
                        { { QStringLiteral("password"), password }, { QStringLiteral("code"), code } },
                        access);
    }
    // POST /v1/sessions with a solved captcha (wrong codes from this address would otherwise ask
    // every later test for one) and, when given, twoStep {code}.
    TestReply signIn(const QString& login, const QString& twoStepCode = {},
                     const QString& password = kPassword,
                     const QString& deviceId = QStringLiteral("twostep-pc"), TestStack* stack = nullptr)
    {
        TestStack& on = stack ? *stack : m_stack;
        QJsonObject body = TestClient::signInBody(login, password, deviceId);
        body.insert(QStringLiteral("captcha"), on.flows->solvedCaptcha());
        if (!twoStepCode.isNull())
            body.insert(QStringLiteral("twoStep"), QJsonObject { { QStringLiteral("code"), twoStepCode } });
        return sendJson("POST", QStringLiteral("/v1/sessions"), body, {}, &on);
    }
    bool profileSaysTwoStep(const QString& access, TestStack* stack = nullptr)
    {
        TestStack& on = stack ? *stack : m_stack;
        const TestReply profile = on.flows->profile(access);
        return profile.status == 200 && profile.json.value("twoStep").toBool();
    }
    // A new account with two-step on, confirmed with the code of the step before now (drift), so
    // the current and the next step are still free for the test.
    TwoStepAccount enabledAccount(const QString& email, TestStack* stack = nullptr);
    int countRows(const QString& sql, const QVariantList& values, TestStack* stack = nullptr);
    void remember(const TwoStepAccount& account) { m_secrets << account.secret << account.backupCodes; }

    TestStack m_stack;
    QStringList m_secrets; // TOTP secrets and backup codes seen, for noSecretsInLogOrDatabase
    QStringList m_codes; // TOTP codes sent, checked against the log only (six digits may occur anywhere)
};

void TestServerTwoStep::initTestCase()
{
    QVERIFY2(m_stack.start({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(m_stack.server->errorString()));
}

TestServerTwoStep::TwoStepAccount TestServerTwoStep::enabledAccount(const QString& email, TestStack* stack)
{
    TestStack& on = stack ? *stack : m_stack;
    TwoStepAccount account;
    account.email = email;
    account.id = on.server->addAccount(email, {}, QStringLiteral("RU"), kPassword);
    if (account.id <= 0)
        return {};
    const TestReply signedIn = signIn(email, {}, kPassword, QStringLiteral("twostep-pc"), &on);
    account.accessToken = signedIn.json.value("accessToken").toString();
    const TestReply setup = sendJson("POST", QStringLiteral("/v1/account/two-step"),
                                     { { QStringLiteral("password"), kPassword } }, account.accessToken, &on);
    account.secret = setup.json.value("secret").toString();
    waitForFreshWindow();
    const QString code = TestTotp::code(account.secret, inSeconds(-30));
    m_codes << code;
    const TestReply confirmed
        = sendJson("POST", QStringLiteral("/v1/account/two-step/confirm"),
                   { { QStringLiteral("setupId"), setup.json.value("setupId").toString() },
                     { QStringLiteral("code"), code } },
                   account.accessToken, &on);
    for (const QJsonValue& backup : confirmed.json.value("backupCodes").toArray())
        account.backupCodes << backup.toString();
    if (confirmed.status != 200 || account.backupCodes.size() != 10)
        return {};
    remember(account);
    return account;
}

int TestServerTwoStep::countRows(const QString& sql, const QVariantList& values, TestStack* stack)
{
    return (stack ? *stack : m_stack).server->queryInt(sql, values);
}

void TestServerTwoStep::enable()
{
    const QString email = QStringLiteral("on@example.com");
    const qint64 id = m_stack.server->addAccount(email, {}, QStringLiteral("RU"), kPassword);
    QVERIFY(id > 0);
    const TestReply signedIn = signIn(email);
    QCOMPARE(signedIn.status, 200);
    const QString access = signedIn.json.value("accessToken").toString();
    const TestReply before = m_stack.flows->profile(access);
    QCOMPARE(before.status, 200);
    QVERIFY(before.json.value("twoStep").isBool());
    QCOMPARE(before.json.value("twoStep").toBool(), false);

    // Not without the token, nor with a wrong password (counted like one at sign-in).
    QCOMPARE(startTwoStep(QString()).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    const TestReply wrongPassword = startTwoStep(access, QStringLiteral("Not2026theone"));
    QCOMPARE(wrongPassword.status, 403);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    QCOMPARE(wrongPassword.errorField(), QStringLiteral("password"));
    QCOMPARE(m_stack.server->accountLoginFailures(id), 1);

    const TestReply setup = startTwoStep(access);
    QCOMPARE(setup.status, 201);
    const QString setupId = setup.json.value("setupId").toString();
    const QString secret = setup.json.value("secret").toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(setupId).hasMatch());
    // 20 bytes in base32 without padding: 32 characters.
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch(),
             qPrintable(secret));
    QCOMPARE(setup.json.value("digits").toInt(), 6);
    QCOMPARE(setup.json.value("period").toInt(), 30);
    QCOMPARE(
        setup.json.value("otpauthUri").toString(),
        QStringLiteral("otpauth://totp/Account%20Manager:on%40example.com?secret=%1&issuer=Account%20Manager"
                       "&digits=6&period=30")
            .arg(secret));
    m_secrets << secret << setup.json.value("otpauthUri").toString();
    // Not on until confirmed.
    QCOMPARE(profileSaysTwoStep(access), false);
    QCOMPARE(signIn(email).status, 200);

    const QString code = TestTotp::code(secret);
    m_codes << code;
    const TestReply unknown
        = confirmTwoStep(access, QStringLiteral("0123456789abcdef0123456789abcdef"), code);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("E-CHALLENGE-NOT-FOUND"));
    QCOMPARE(unknown.errorField(), QStringLiteral("setupId"));
    const TestReply wrong = confirmTwoStep(access, setupId, wrongTotp(secret));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrong.errorField(), QStringLiteral("code"));
    QCOMPARE(wrong.json.value("error").toObject().value("attemptsLeft").toInt(), 4);
    QCOMPARE(profileSaysTwoStep(access), false);

    const TestReply confirmed = confirmTwoStep(access, setupId, code);
    QCOMPARE(confirmed.status, 200);
    const QJsonArray backupCodes = confirmed.json.value("backupCodes").toArray();
    QCOMPARE(backupCodes.size(), 10);
    QSet<QString> distinct;
    for (const QJsonValue& backup : backupCodes) {
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$"))
                    .match(backup.toString())
                    .hasMatch());
        distinct.insert(backup.toString());
        m_secrets << backup.toString();
    }
    QCOMPARE(distinct.size(), 10);
    QCOMPARE(profileSaysTwoStep(access), true);
    // The owner hears of it.
    QCOMPARE(m_stack.server->messageCount(email, QStringLiteral("two-step-on")), 1);

    // On already: a new setup, or the same setup once more, is refused.
    const TestReply again = startTwoStep(access);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.errorCode(), QStringLiteral("E-TWO-STEP-ALREADY-ON"));
    QCOMPARE(confirmTwoStep(access, setupId, TestTotp::code(secret, inSeconds(30))).errorCode(),
             QStringLiteral("E-TWO-STEP-ALREADY-ON"));
}

void TestServerTwoStep::setupAttemptsAndReplacement()
{
    const QString email = QStringLiteral("setup@example.com");
    QVERIFY(m_stack.server->addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);
    const QString access = signIn(email).json.value("accessToken").toString();
    QVERIFY(!access.isEmpty());

    // A new setup replaces the older one: its secret is worth nothing now.
    const TestReply first = startTwoStep(access);
    const TestReply second = startTwoStep(access);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    const QString secret = second.json.value("secret").toString();
    QVERIFY(first.json.value("secret").toString() != secret);
    m_secrets << first.json.value("secret").toString() << secret;
    const TestReply replaced = confirmTwoStep(access, first.json.value("setupId").toString(),
                                              TestTotp::code(first.json.value("secret").toString()));
    QCOMPARE(replaced.errorCode(), QStringLiteral("E-CHALLENGE-NOT-FOUND"));

    // Another account's setup is as unknown as a made-up one.
    const QString other = QStringLiteral("setup-other@example.com");
    QVERIFY(m_stack.server->addAccount(other, {}, QStringLiteral("RU"), kPassword) > 0);
    const QString otherAccess = signIn(other).json.value("accessToken").toString();
    const TestReply stranger
        = confirmTwoStep(otherAccess, second.json.value("setupId").toString(), TestTotp::code(secret));
    QCOMPARE(stranger.status, 404);
    QCOMPARE(stranger.errorField(), QStringLiteral("setupId"));

    // Five tries a setup; then even the right code is refused until a new setup.
    const QString setupId = second.json.value("setupId").toString();
    const QString wrong = wrongTotp(secret);
    for (int left = 4; left >= 0; --left) {
        const TestReply reply = confirmTwoStep(access, setupId, wrong);
        QCOMPARE(reply.errorCode(), QStringLiteral("E-CODE-WRONG"));
        QCOMPARE(reply.json.value("error").toObject().value("attemptsLeft").toInt(), left);
    }
    const TestReply exhausted = confirmTwoStep(access, setupId, TestTotp::code(secret));
    QCOMPARE(exhausted.status, 410);
    QCOMPARE(exhausted.errorCode(), QStringLiteral("E-CODE-ATTEMPTS-EXCEEDED"));
    QCOMPARE(exhausted.errorField(), QStringLiteral("code"));
    QCOMPARE(profileSaysTwoStep(access), false);

    const TestReply fresh = startTwoStep(access);
    QCOMPARE(fresh.status, 201);
    m_secrets << fresh.json.value("secret").toString();
    QCOMPARE(confirmTwoStep(access, fresh.json.value("setupId").toString(),
                            TestTotp::code(fresh.json.value("secret").toString()))
                 .status,
             200);
    QCOMPARE(profileSaysTwoStep(access), true);
}

void TestServerTwoStep::signInNeedsCode()
{
    const TwoStepAccount account = enabledAccount(QStringLiteral("signin@example.com"));
    QVERIFY(account.id > 0);

    const TestReply required = signIn(account.email);
    QCOMPARE(required.status, 403);
    QCOMPARE(required.errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    QCOMPARE(required.errorField(), QStringLiteral("twoStep"));
    QVERIFY(!required.json.contains("accessToken"));
    // Asked only of the right password: a wrong one still says only that.
    QCOMPARE(signIn(account.email, {}, QStringLiteral("Not2026theone")).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));

    const QString code = TestTotp::code(account.secret);
    m_codes << code;
    const TestReply withCode = signIn(account.email, code);
    QCOMPARE(withCode.status, 200);
    QVERIFY(!withCode.json.value("accessToken").toString().isEmpty());
    QCOMPARE(profileSaysTwoStep(withCode.json.value("accessToken").toString()), true);
    // The same code once more (someone who saw it): refused.
    const TestReply replayed = signIn(account.email, code);
    QCOMPARE(replayed.status, 400);
    QCOMPARE(replayed.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(replayed.errorField(), QStringLiteral("twoStep.code"));

    // A backup code works once, as typed with or without dashes and in either case.
    const TestReply backup = signIn(account.email, account.backupCodes.at(0));
    QCOMPARE(backup.status, 200);
    QCOMPARE(signIn(account.email, account.backupCodes.at(0)).errorCode(), QStringLiteral("E-CODE-WRONG"));
    QString retyped = account.backupCodes.at(1).toUpper();
    retyped.remove(QLatin1Char('-'));
    QCOMPARE(signIn(account.email, retyped).status, 200);
    QCOMPARE(signIn(account.email, account.backupCodes.at(1)).errorCode(), QStringLiteral("E-CODE-WRONG"));
    // Another account's backup code is worth nothing here.
    const TwoStepAccount other = enabledAccount(QStringLiteral("signin-other@example.com"));
    QVERIFY(other.id > 0);
    QCOMPARE(signIn(account.email, other.backupCodes.at(0)).errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(signIn(other.email, other.backupCodes.at(0)).status, 200);
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM two_step_backup_codes WHERE account_id = ? AND "
                                      "used_at IS NULL"),
                       { account.id }),
             8);
}

void TestServerTwoStep::driftAndReplay()
{
    // enabledAccount() confirmed with the code of the step before now: one step of drift behind.
    const TwoStepAccount account = enabledAccount(QStringLiteral("drift@example.com"));
    QVERIFY(account.id > 0);

    // Three steps off either way: refused.
    QCOMPARE(signIn(account.email, TestTotp::code(account.secret, inSeconds(-90))).errorCode(),
             QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(signIn(account.email, TestTotp::code(account.secret, inSeconds(90))).errorCode(),
             QStringLiteral("E-CODE-WRONG"));
    // One step ahead (a phone's clock running fast): taken.
    const QString ahead = TestTotp::code(account.secret, inSeconds(30));
    m_codes << ahead;
    QCOMPARE(signIn(account.email, ahead).status, 200);
    // Replayed, or a code of an earlier step than the last one taken (the current one, now that the
    // next was used): refused, though both are within the drift.
    QCOMPARE(signIn(account.email, ahead).errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(signIn(account.email, TestTotp::code(account.secret)).errorCode(),
             QStringLiteral("E-CODE-WRONG"));
}

void TestServerTwoStep::wrongCodesCountAsFailedSignIns()
{
    // A server of its own: the counts per address must start at zero.
    TestStack stack;
    QVERIFY2(stack.start(), qPrintable(stack.server->errorString()));
    const TwoStepAccount account = enabledAccount(QStringLiteral("guess@example.com"), &stack);
    QVERIFY(account.id > 0);
    const QString wrong = wrongTotp(account.secret);

    auto attempt = [&](const QString& code, bool withCaptcha) {
        QJsonObject body = TestClient::signInBody(account.email, kPassword, QStringLiteral("twostep-pc"));
        if (withCaptcha)
            body.insert(QStringLiteral("captcha"), stack.flows->solvedCaptcha());
        if (!code.isEmpty())
            body.insert(QStringLiteral("twoStep"), QJsonObject { { QStringLiteral("code"), code } });
        return sendJson("POST", QStringLiteral("/v1/sessions"), body, {}, &stack);
    };
    // E-TWO-STEP-REQUIRED is no failure: the password was right.
    QCOMPARE(attempt({}, false).errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    QCOMPARE(attempt({}, false).errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    QCOMPARE(attempt({}, false).errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(attempt(wrong, false).errorCode(), QStringLiteral("E-CODE-WRONG"));
    // Three wrong codes are three failed sign-ins: a captcha from now on, even with the right code.
    QCOMPARE(attempt(TestTotp::code(account.secret), false).errorCode(),
             QStringLiteral("E-CAPTCHA-REQUIRED"));
    const QString key = QStringLiteral("account:%1").arg(account.id);
    QCOMPARE(stack.server->accountLoginFailures(account.id), 3);
    // The client's address counts them too (the only one here: 127.0.0.1).
    QCOMPARE(countRows(QStringLiteral("SELECT SUM(failures) FROM login_failures WHERE key LIKE ?"),
                       { QStringLiteral("addr:%") }, &stack),
             3);
    // The tenth locks, as a tenth wrong password does.
    for (int i = 3; i < 9; ++i)
        QCOMPARE(attempt(wrong, true).errorCode(), QStringLiteral("E-CODE-WRONG"));
    const TestReply locked = attempt(wrong, true);
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.errorCode(), QStringLiteral("E-LOGIN-LOCKED"));
    QCOMPARE(locked.errorField(), QStringLiteral("twoStep.code"));
    QVERIFY(!locked.json.value("error").toObject().value("until").toString().isEmpty());
    // The lock is soft, as for passwords: the owner's password and code (with a captcha) get in and
    // end it.
    const QString code = TestTotp::code(account.secret);
    m_codes << code;
    QCOMPARE(attempt(code, true).status, 200);
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM login_failures WHERE key = ?"), { key }, &stack),
             0);
}

void TestServerTwoStep::deviceCodeIsKeptForTheRepeat()
{
    TestStack stack;
    QVERIFY2(stack.startVerifyingNewDevices({ QStringLiteral("--resend-interval"), QStringLiteral("0") }),
             qPrintable(stack.server->errorString()));
    const QString email = QStringLiteral("newdevice@example.com");
    QVERIFY(stack.server->addAccount(email, {}, QStringLiteral("RU"), kPassword) > 0);

    auto signInFrom = [&](const QString& deviceId, const QJsonObject& verification, const QString& twoStep) {
        QJsonObject body = TestClient::signInBody(email, kPassword, deviceId);
        if (!verification.isEmpty())
            body.insert(QStringLiteral("deviceVerification"), verification);
        if (!twoStep.isEmpty())
            body.insert(QStringLiteral("twoStep"), QJsonObject { { QStringLiteral("code"), twoStep } });
        return stack.client->post(QStringLiteral("/v1/sessions"), body);
    };
    auto verificationOf = [&](const TestReply& reply) {
        return QJsonObject { { QStringLiteral("challengeId"), reply.deviceChallengeId() },
                             { QStringLiteral("code"), stack.flows->lastCode(email) } };
    };

    // The first computer: the device code, then two-step switched on from it.
    const TestReply first = signInFrom(QStringLiteral("pc-a"), {}, {});
    QCOMPARE(first.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    const TestReply inA = signInFrom(QStringLiteral("pc-a"), verificationOf(first), {});
    QCOMPARE(inA.status, 200);
    const QString access = inA.json.value("accessToken").toString();
    const QJsonObject setup = sendJson("POST", QStringLiteral("/v1/account/two-step"),
                                       { { QStringLiteral("password"), kPassword } }, access, &stack)
                                  .json;
    const QString secret = setup.value("secret").toString();
    m_secrets << secret;
    waitForFreshWindow();
    const TestReply confirmed
        = sendJson("POST", QStringLiteral("/v1/account/two-step/confirm"),
                   { { QStringLiteral("setupId"), setup.value("setupId").toString() },
                     { QStringLiteral("code"), TestTotp::code(secret, inSeconds(-30)) } },
                   access, &stack);
    QCOMPARE(confirmed.status, 200);

    // A second computer. A code from the app sent before the device code is asked for is neither
    // judged nor spent: the device code comes first.
    const QString code = TestTotp::code(secret);
    m_codes << code;
    const TestReply second = signInFrom(QStringLiteral("pc-b"), {}, code);
    QCOMPARE(second.errorCode(), QStringLiteral("E-DEVICE-VERIFICATION-REQUIRED"));
    const QJsonObject verification = verificationOf(second);
    // The device code is right; two-step is asked for, and the device code is not used up by that.
    const TestReply twoStepAsked = signInFrom(QStringLiteral("pc-b"), verification, {});
    QCOMPARE(twoStepAsked.status, 403);
    QCOMPARE(twoStepAsked.errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    // A wrong app code does not use the device code up either.
    QCOMPARE(signInFrom(QStringLiteral("pc-b"), verification, wrongTotp(secret)).errorCode(),
             QStringLiteral("E-CODE-WRONG"));
    // The whole request again, with the app's code: in.
    const TestReply inB = signInFrom(QStringLiteral("pc-b"), verification, code);
    QCOMPARE(inB.status, 200);
    QVERIFY(!inB.json.value("deviceSecret").toString().isEmpty());
    // Now the device code is spent.
    QCOMPARE(
        signInFrom(QStringLiteral("pc-b"), verification, TestTotp::code(secret, inSeconds(30))).errorCode(),
        QStringLiteral("E-CHALLENGE-NOT-FOUND"));
}

void TestServerTwoStep::disable()
{
    const TwoStepAccount account = enabledAccount(QStringLiteral("off@example.com"));
    QVERIFY(account.id > 0);

    QCOMPARE(disableTwoStep(QString(), account.backupCodes.at(0)).errorCode(),
             QStringLiteral("E-UNAUTHORIZED"));
    const TestReply wrongPassword
        = disableTwoStep(account.accessToken, account.backupCodes.at(0), QStringLiteral("Not2026theone"));
    QCOMPARE(wrongPassword.status, 403);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("E-PASSWORD-WRONG"));
    const TestReply wrongCode = disableTwoStep(account.accessToken, wrongTotp(account.secret));
    QCOMPARE(wrongCode.status, 400);
    QCOMPARE(wrongCode.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrongCode.errorField(), QStringLiteral("code"));
    // The wrong password and the wrong code both counted towards the lock.
    QCOMPARE(m_stack.server->accountLoginFailures(account.id), 2);
    QCOMPARE(profileSaysTwoStep(account.accessToken), true);

    // A backup code will do (the phone is gone, say).
    QCOMPARE(disableTwoStep(account.accessToken, account.backupCodes.at(0)).status, 204);
    QCOMPARE(profileSaysTwoStep(account.accessToken), false);
    QCOMPARE(m_stack.server->messageCount(account.email, QStringLiteral("two-step-off")), 1);
    for (const char* table : { "two_step", "two_step_backup_codes", "two_step_setups" })
        QCOMPARE(countRows(
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
                     { account.id }),
                 0);
    // The password alone signs in again.
    QCOMPARE(signIn(account.email).status, 200);
    const TestReply off = disableTwoStep(account.accessToken, account.backupCodes.at(1));
    QCOMPARE(off.status, 409);
    QCOMPARE(off.errorCode(), QStringLiteral("E-TWO-STEP-OFF"));

    // On again: a new secret and new backup codes; the old ones are worth nothing.
    const TestReply setup = startTwoStep(account.accessToken);
    QCOMPARE(setup.status, 201);
    const QString secret = setup.json.value("secret").toString();
    m_secrets << secret;
    QVERIFY(secret != account.secret);
    QCOMPARE(
        confirmTwoStep(account.accessToken, setup.json.value("setupId").toString(), TestTotp::code(secret))
            .status,
        200);
    QCOMPARE(signIn(account.email, account.backupCodes.at(2)).errorCode(), QStringLiteral("E-CODE-WRONG"));
}

void TestServerTwoStep::recoveryNeedsCodeAndKeepsItOn()
{
    const TwoStepAccount account = enabledAccount(QStringLiteral("recover@example.com"));
    QVERIFY(account.id > 0);
    const TestReply started = m_stack.flows->startRecovery(account.email);
    QCOMPARE(started.status, 201);
    const QString recoveryId = started.json.value("recoveryId").toString();
    const QString emailed = m_stack.flows->lastCode(account.email);
    const QString path = QStringLiteral("/v1/recoveries/%1/complete").arg(recoveryId);
    auto complete = [&](const QString& twoStep) {
        QJsonObject body { { QStringLiteral("code"), emailed },
                           { QStringLiteral("newPassword"), kNewPassword } };
        if (!twoStep.isEmpty())
            body.insert(QStringLiteral("twoStep"), QJsonObject { { QStringLiteral("code"), twoStep } });
        return sendJson("POST", path, body);
    };

    // The emailed code alone is one factor: not enough.
    const TestReply required = complete({});
    QCOMPARE(required.status, 403);
    QCOMPARE(required.errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    QCOMPARE(required.errorField(), QStringLiteral("twoStep"));
    const TestReply wrong = complete(wrongTotp(account.secret));
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(wrong.errorField(), QStringLiteral("twoStep.code"));
    // Nothing changed meanwhile.
    const QString ahead = TestTotp::code(account.secret, inSeconds(30));
    m_codes << ahead;
    QCOMPARE(signIn(account.email, ahead).status, 200);

    // The recovery and its emailed code still work, with a backup code.
    const TestReply done = complete(account.backupCodes.at(0));
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json.value("accountId").toInteger(), account.id);
    QCOMPARE(signIn(account.email, account.backupCodes.at(1), kPassword).errorCode(),
             QStringLiteral("E-LOGIN-FAILED"));
    // Two-step is still on: the new password alone does not sign in.
    QCOMPARE(signIn(account.email, {}, kNewPassword).errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    const TestReply in = signIn(account.email, account.backupCodes.at(1), kNewPassword);
    QCOMPARE(in.status, 200);
    QCOMPARE(profileSaysTwoStep(in.json.value("accessToken").toString()), true);
}

void TestServerTwoStep::deletionNeedsCode()
{
    const TwoStepAccount account = enabledAccount(QStringLiteral("delete@example.com"));
    QVERIFY(account.id > 0);
    const TestReply started
        = sendJson("POST", QStringLiteral("/v1/account/deletion/challenges"),
                   { { QStringLiteral("via"), QStringLiteral("email") } }, account.accessToken);
    QCOMPARE(started.status, 201);
    const QString challengeId = started.json.value("challengeId").toString();
    const QString emailed = m_stack.flows->lastCode(account.email);
    auto deleteAccount = [&](const QString& twoStep) {
        QJsonObject body { { QStringLiteral("password"), kPassword },
                           { QStringLiteral("challengeId"), challengeId },
                           { QStringLiteral("code"), emailed } };
        if (!twoStep.isEmpty())
            body.insert(QStringLiteral("twoStep"), QJsonObject { { QStringLiteral("code"), twoStep } });
        return sendJson("DELETE", QStringLiteral("/v1/account"), body, account.accessToken);
    };

    const TestReply required = deleteAccount({});
    QCOMPARE(required.status, 403);
    QCOMPARE(required.errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    QCOMPARE(deleteAccount(wrongTotp(account.secret)).errorCode(), QStringLiteral("E-CODE-WRONG"));
    QCOMPARE(profileSaysTwoStep(account.accessToken), true);
    // The challenge and its code stayed for the repeat.
    const QString code = TestTotp::code(account.secret);
    m_codes << code;
    QCOMPARE(deleteAccount(code).status, 204);
    QCOMPARE(m_stack.flows->profile(account.accessToken).errorCode(), QStringLiteral("E-UNAUTHORIZED"));
    for (const char* table : { "two_step", "two_step_backup_codes", "two_step_setups" })
        QCOMPARE(countRows(
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
                     { account.id }),
                 0);
    QCOMPARE(countRows(QStringLiteral("SELECT COUNT(*) FROM account_deletions WHERE account_id = ?"),
                       { account.id }),
             1);
}

void TestServerTwoStep::passwordChangeKeepsItOn()
{
    const TwoStepAccount account = enabledAccount(QStringLiteral("newpass@example.com"));
    QVERIFY(account.id > 0);
    const TestReply challenge
        = m_stack.flows->startPasswordChange(account.accessToken, QStringLiteral("email"));
    QCOMPARE(challenge.status, 201);
    const TestReply changed
        = m_stack.flows->changePassword(account.accessToken, challenge.json.value("challengeId").toString(),
                                        m_stack.flows->lastCode(account.email), kNewPassword);
    QCOMPARE(changed.status, 200);
    QCOMPARE(signIn(account.email, {}, kNewPassword).errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));
    const QString code = TestTotp::code(account.secret);
    m_codes << code;
    const TestReply in = signIn(account.email, code, kNewPassword);
    QCOMPARE(in.status, 200);
    QCOMPARE(profileSaysTwoStep(in.json.value("accessToken").toString()), true);
}

void TestServerTwoStep::supportSwitchesItOff()
{
    const TwoStepAccount account = enabledAccount(QStringLiteral("lostphone@example.com"));
    QVERIFY(account.id > 0);
    QVERIFY(signIn(account.email, account.backupCodes.at(0)).status == 200);
    const QString dataDir = m_stack.server->dataDir();

    QByteArray shown;
    QCOMPARE(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("show"), account.email,
                                          QStringLiteral("--data-dir"), dataDir },
                                        {}, &shown),
             0);
    QVERIFY2(shown.contains("two-step verification: on, 9 backup codes unused"), shown.constData());
    for (const QString& secret : std::as_const(m_secrets))
        QVERIFY2(!shown.contains(secret.toUtf8()), qPrintable(secret));

    // Only once the operator says the customer's identity was checked.
    QByteArray out;
    QByteArray err;
    QVERIFY(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("two-step-off"),
                                         account.email, QStringLiteral("--data-dir"), dataDir },
                                       {}, &out, &err)
            != 0);
    QVERIFY2(err.contains("--identity-checked"), err.constData());
    QCOMPARE(signIn(account.email).errorCode(), QStringLiteral("E-TWO-STEP-REQUIRED"));

    QCOMPARE(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("two-step-off"),
                                          QString::number(account.id), QStringLiteral("--identity-checked"),
                                          QStringLiteral("--data-dir"), dataDir },
                                        {}, &out, &err),
             0);
    QVERIFY2(out.contains("two-step verification is off"), out.constData());
    QCOMPARE(profileSaysTwoStep(account.accessToken), false);
    QCOMPARE(signIn(account.email).status, 200);
    for (const char* table : { "two_step", "two_step_backup_codes" })
        QCOMPARE(countRows(
                     QStringLiteral("SELECT COUNT(*) FROM %1 WHERE account_id = ?").arg(QLatin1String(table)),
                     { account.id }),
                 0);
    // Off already: said so, and a failure for scripts.
    QVERIFY(m_stack.server->runCommand({ QStringLiteral("account"), QStringLiteral("two-step-off"),
                                         account.email, QStringLiteral("--identity-checked"),
                                         QStringLiteral("--data-dir"), dataDir },
                                       {}, &out, &err)
            != 0);
    QVERIFY2(err.contains("does not have two-step verification on"), err.constData());
}

void TestServerTwoStep::noSecretsInLogOrDatabase()
{
    QVERIFY(m_secrets.size() >= 20);
    QVERIFY(!m_codes.isEmpty());
    const QByteArray text = m_stack.server->log();
    QVERIFY(text.contains("POST /v1/account/two-step/confirm 200"));
    const QByteArray bytes = m_stack.server->databaseBytes();
    QVERIFY(!bytes.isEmpty());
    for (const QString& secret : std::as_const(m_secrets)) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        // Backup codes as they are compared (no dashes), TOTP secrets as raw bytes and in lower case.
        QString bare = secret;
        bare.remove(QLatin1Char('-'));
        QVERIFY2(!bytes.contains(bare.toUtf8()) && !text.contains(bare.toUtf8()), qPrintable(secret));
        QVERIFY2(!bytes.contains(secret.toLower().toUtf8()), qPrintable(secret));
    }
    // The secrets' own 20 bytes, decoded from base32, appear nowhere either.
    for (const QString& secret : std::as_const(m_secrets)) {
        if (!QRegularExpression(QStringLiteral("^[A-Z2-7]{32}$")).match(secret).hasMatch())
            continue;
        QByteArray raw;
        quint64 buffer = 0;
        int bits = 0;
        for (const QChar c : secret) {
            const int value = c.isLetter() ? c.unicode() - 'A' : c.unicode() - '2' + 26;
            buffer = (buffer << 5) | quint64(value);
            bits += 5;
            if (bits >= 8) {
                raw.append(char((buffer >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }
        QCOMPARE(raw.size(), 20);
        QVERIFY2(!bytes.contains(raw), qPrintable(secret));
    }
    for (const QString& code : std::as_const(m_codes))
        QVERIFY2(!text.contains(code.toUtf8()), qPrintable(code));
}

QTEST_MAIN(TestServerTwoStep)
#include "tst_server_twostep.moc"
