// SPDX-License-Identifier: Apache-2.0
#include "SignInHandler.h"

#include "AccountNotifier.h"
#include "AccountStore.h"
#include "ActivityStore.h"
#include "CaptchaService.h"
#include "Database.h"
#include "DeviceStore.h"
#include "DeviceVerificationHandler.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "SessionMessages.h"
#include "TokenService.h"
#include "TwoStepService.h"

#include <QDateTime>
#include <limits>

SignInHandler::SignInHandler(CaptchaService* captchas, const DeviceVerificationHandler* newDevices,
                             const AccountNotifier* notifier, int accessTokenTtl)
    : m_captchas(captchas)
    , m_newDevices(newDevices)
    , m_notifier(notifier)
    , m_accessTokenTtl(accessTokenTtl)
{
}

HttpReply SignInHandler::handle(const RequestInfo& request, const SignInRequest& signIn) const
{
    QSqlDatabase db = Database::connection();
    AccountStore accounts(db);
    LoginThrottle throttle(db);
    const QString loginKey = AccountStore::normalizeLogin(signIn.login);
    const std::optional<Account> account = accounts.findByLogin(loginKey);
    // Count against the account when there is one, so email, phone and ID share one lock.
    const QString throttleKey = account ? QStringLiteral("account:%1").arg(account->id) : loginKey;
    const QString addressKey = QStringLiteral("addr:") + request.remoteAddress.toString();

    // A lock is soft: it asks every attempt for a solved captcha and answers a wrong password with
    // E-LOGIN-LOCKED, but the owner's right password still gets in. Anyone can lock anyone's
    // account by guessing; no one can keep its owner out that way.
    const QDateTime lockedUntil = throttle.lockedUntil(throttleKey);
    const bool captchaNeeded = lockedUntil.isValid()
        || throttle.failures(throttleKey) >= LoginThrottle::kCaptchaAfter
        || throttle.failures(addressKey) >= LoginThrottle::kCaptchaAfter;
    const auto checkCaptcha = [&]() -> ApiError {
        if (!signIn.captcha)
            return ApiError(ErrorCode::CaptchaRequired, QStringLiteral("captcha"));
        if (!m_captchas->check(db, *signIn.captcha))
            return ApiError(ErrorCode::CaptchaWrong, QStringLiteral("captcha.answer"));
        return {};
    };
    if (captchaNeeded) {
        if (const ApiError captchaError = checkCaptcha())
            return Replies::error(captchaError, request);
    }
    // Counted before the hash, which takes a tenth of a second: a burst of guesses at one account all
    // see each other, so none slips past the captcha (or the streak limit) on a stale count. An
    // address's count (many people behind one NAT) is only raised by a failure judged, as before, so
    // colleagues signing in at once never ask each other for a captcha.
    const int accountCount = throttle.recordFailure(throttleKey);
    const QString streakKey = account ? LoginThrottle::streakKey(account->id) : QString();
    const int streak
        = account ? throttle.recordFailure(streakKey, std::numeric_limits<qint64>::max() / 2) : 0;
    const auto takeBack = [&](bool streakToo) {
        throttle.undoFailure(throttleKey);
        if (account && streakToo)
            throttle.undoFailure(streakKey);
    };
    if (!captchaNeeded && accountCount > LoginThrottle::kCaptchaAfter) {
        // It raced past the captcha threshold: judged only with a captcha, which a careful client
        // may have sent unasked.
        if (const ApiError captchaError = checkCaptcha()) {
            takeBack(true);
            return Replies::error(captchaError, request);
        }
    }

    bool passwordOk = false;
    if (account)
        passwordOk = PasswordHasher::verify(account->passwordHash, signIn.password);
    else
        PasswordHasher::verifyDummy(signIn.password);
    if (!passwordOk) {
        throttle.recordFailure(addressKey);
        // An unknown login has no activity to show it in.
        if (account)
            ActivityStore(db).recordFailedSignIn(account->id, request.remoteAddress);
        if (accountCount >= LoginThrottle::kLockAfter) {
            ApiError error(ErrorCode::LoginLocked, QStringLiteral("login"));
            error.until = lockedUntil.isValid() ? lockedUntil : throttle.lock(throttleKey);
            return Replies::error(error, request);
        }
        // The same answer for an unknown login and a wrong password.
        return Replies::error(ErrorCode::InvalidCredentials, request);
    }

    // Past kStreakLimit failures in a row the password alone is not enough, from any device: a
    // code to the account's email or phone must come with it (recovery also ends the streak).
    const bool streakTooLong = streak - 1 >= LoginThrottle::kStreakLimit;
    QString verifiedChallenge;
    if (const ApiError unverified
        = m_newDevices->check(db, *account, signIn, &request.logNote, streakTooLong, &verifiedChallenge)) {
        // The password was right, so this attempt is no failure; a streak past the limit stands
        // until the code comes back, and so does a lock.
        takeBack(!streakTooLong);
        return Replies::error(unverified, request);
    }
    // Two-step verification comes last, after the new-device code, whose challenge is used up only
    // once this passes too: the client repeats the whole request, device code included, with the
    // code from the app, and a TOTP code is never spent on a sign-in that is then sent back.
    if (account->twoStep) {
        if (!signIn.twoStep) {
            takeBack(!streakTooLong);
            return Replies::error(ErrorCode::TwoStepRequired, request, QStringLiteral("twoStep"));
        }
        if (!TwoStepService(db).accept(account->id, signIn.twoStep->code,
                                       QDateTime::currentMSecsSinceEpoch())) {
            // A wrong (or replayed) code is a failed sign-in like a wrong password: the attempt
            // counted above stands, for the login and the streak, the address is counted too, and
            // from the lock limit on the answer is E-LOGIN-LOCKED. So a stolen password does not
            // buy unlimited guesses at the code: a captcha each after three, and past the streak
            // limit a code to the email or phone as well.
            throttle.recordFailure(addressKey);
            ActivityStore(db).recordFailedSignIn(account->id, request.remoteAddress);
            const QString field = QStringLiteral("twoStep.code");
            if (accountCount >= LoginThrottle::kLockAfter) {
                ApiError error(ErrorCode::LoginLocked, field);
                error.until = lockedUntil.isValid() ? lockedUntil : throttle.lock(throttleKey);
                return Replies::error(error, request);
            }
            return Replies::error(ErrorCode::CodeWrong, request, field);
        }
    }
    // Every check passed: the new-device code is used up now (one of two racing sign-ins wins).
    if (const ApiError used = DeviceVerificationHandler::finish(db, verifiedChallenge)) {
        takeBack(!streakTooLong);
        return Replies::error(used, request);
    }
    throttle.reset(throttleKey);
    throttle.reset(streakKey);
    // New to the account: let in by a new-device code just now. A device ID is the client's choice
    // and proves nothing, so without new-device verification no device is known to be new.
    const bool newDevice = !verifiedChallenge.isEmpty();
    DeviceStore(db).bindSignedIn(account->id, signIn.device);
    const QString deviceSecret
        = DeviceStore(db).trustAfterSignIn(account->id, signIn.device.id, signIn.deviceSecret);
    TokenService tokens(db, m_accessTokenTtl);
    ActivityStore activity(db);
    const ActivityDevice device { signIn.device.name, signIn.device.kind, signIn.device.platform };
    const TokenService::Grant grant = tokens.startSession(account->id, signIn.device.id, [&] {
        return (verifiedChallenge.isEmpty()
                || activity.record(account->id, QStringLiteral("new-device-verified"), request.remoteAddress,
                                   device))
            && activity.record(account->id, QStringLiteral("sign-in"), request.remoteAddress, device);
    });
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    if (newDevice)
        m_notifier->notifyAll(*account, QStringLiteral("new-device-sign-in"), &request.logNote);
    TokenResponse response = tokens.response(account->id, grant.tokens);
    response.deviceSecret = deviceSecret;
    return Replies::json(response.toJson(), request);
}
