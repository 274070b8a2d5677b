#include "SignInHandler.h"

#include "AccountStore.h"
#include "CaptchaService.h"
#include "Database.h"
#include "DeviceVerificationHandler.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "SessionMessages.h"
#include "TokenService.h"

SignInHandler::SignInHandler(CaptchaService* captchas, const DeviceVerificationHandler* newDevices,
                             int accessTokenTtl)
    : m_captchas(captchas)
    , m_newDevices(newDevices)
    , m_accessTokenTtl(accessTokenTtl)
{
}

QHttpServerResponse SignInHandler::handle(const RequestInfo& request, const QJsonObject& body) const
{
    ApiError decodeError;
    const SignInRequest signIn = SignInRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);

    QSqlDatabase db = Database::connection();
    AccountStore accounts(db);
    LoginThrottle throttle(db);
    const QString loginKey = AccountStore::normalizeLogin(signIn.login);
    const std::optional<Account> account = accounts.findByLogin(loginKey);
    // Count against the account when there is one, so email, phone and ID share one lock.
    const QString throttleKey = account ? QStringLiteral("account:%1").arg(account->id) : loginKey;
    const QString addressKey = QStringLiteral("addr:") + request.remoteAddress.toString();

    if (const QDateTime until = throttle.lockedUntil(throttleKey); until.isValid()) {
        ApiError error(ErrorCode::LoginLocked, QStringLiteral("login"));
        error.until = until;
        return Replies::error(error, request);
    }
    if (throttle.failures(throttleKey) >= LoginThrottle::kCaptchaAfter
        || throttle.failures(addressKey) >= LoginThrottle::kCaptchaAfter) {
        if (!signIn.captcha)
            return Replies::error(ErrorCode::CaptchaRequired, request, QStringLiteral("captcha"));
        if (!m_captchas->check(db, *signIn.captcha))
            return Replies::error(ErrorCode::CaptchaWrong, request, QStringLiteral("captcha.answer"));
    }

    bool passwordOk = false;
    if (account)
        passwordOk = PasswordHasher::verify(account->passwordHash, signIn.password);
    else
        PasswordHasher::verifyDummy(signIn.password);
    if (!passwordOk) {
        throttle.recordFailure(addressKey);
        if (throttle.recordFailure(throttleKey) >= LoginThrottle::kLockAfter) {
            ApiError error(ErrorCode::LoginLocked, QStringLiteral("login"));
            error.until = throttle.lock(throttleKey);
            return Replies::error(error, request);
        }
        // The same answer for an unknown login and a wrong password.
        return Replies::error(ErrorCode::InvalidCredentials, request);
    }

    throttle.reset(throttleKey);
    if (const ApiError unverified = m_newDevices->check(db, *account, signIn, &request.logNote))
        return Replies::error(unverified, request);
    accounts.upsertDevice(account->id, signIn.device);
    TokenService tokens(db, m_accessTokenTtl);
    const TokenService::Grant grant = tokens.startSession(account->id, signIn.device.id);
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    TokenResponse response;
    response.accountId = account->id;
    response.accessToken = grant.tokens.accessToken;
    response.refreshToken = grant.tokens.refreshToken;
    response.expiresIn = m_accessTokenTtl;
    return Replies::json(response.toJson(), request);
}
