// SPDX-License-Identifier: Apache-2.0
#include "TwoStepService.h"

#include "AccountStore.h"
#include "LoginThrottle.h"
#include "RequestInfo.h"
#include "Totp.h"
#include "TwoStepSecret.h"
#include "TwoStepStore.h"

namespace {
const QString kIssuer = QStringLiteral("Account Manager");
} // namespace

TwoStepService::TwoStepService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ApiError TwoStepService::start(const Account& account, qint64 nowMs, TwoStepSetup* setup)
{
    if (account.twoStep)
        return ApiError(ErrorCode::TwoStepAlreadyOn);
    const QByteArray secret = TwoStepSecret::newSecret();
    const QByteArray sealed = TwoStepSecret::seal(secret);
    setup->setupId = QString::fromLatin1(RequestInfo::newRequestId());
    setup->secret = Totp::base32(secret);
    setup->digits = Totp::kDigits;
    setup->period = Totp::kPeriod;
    // The label tells accounts apart in the app: the email where there is one, else the account ID
    // (a phone number in someone's authenticator app says more than it needs to).
    const QString label = account.email.isEmpty() ? QString::number(account.id) : account.email;
    setup->otpauthUri = Totp::otpauthUri(setup->secret, kIssuer, label);
    if (sealed.isEmpty() || setup->secret.isEmpty()
        || !TwoStepStore(m_db).replaceSetup(account.id, setup->setupId, sealed, nowMs,
                                            nowMs + qint64(kSetupLifetimeSeconds) * 1000))
        return ApiError(ErrorCode::Internal);
    return {};
}

ApiError TwoStepService::confirm(const Account& account, const TwoStepConfirmRequest& request, qint64 nowMs,
                                 TwoStepBackupCodes* codes, const std::function<bool()>& alongside)
{
    if (account.twoStep)
        return ApiError(ErrorCode::TwoStepAlreadyOn);
    TwoStepStore store(m_db);
    const TwoStepStore::SetupAttempt attempt
        = store.claimSetupAttempt(request.setupId, account.id, kSetupAttempts, nowMs);
    if (attempt.outcome == TwoStepStore::SetupAttempt::Outcome::NotFound)
        return ApiError(ErrorCode::ChallengeNotFound, QStringLiteral("setupId"));
    if (attempt.outcome == TwoStepStore::SetupAttempt::Outcome::Exhausted)
        return ApiError(ErrorCode::CodeAttemptsExceeded, QStringLiteral("code"));
    const QByteArray secret = TwoStepSecret::open(attempt.sealedSecret);
    if (secret.isEmpty())
        return ApiError(ErrorCode::Internal);
    const std::optional<qint64> step = Totp::matchingStep(secret, request.code, nowMs / 1000);
    if (!step) {
        ApiError wrong(ErrorCode::CodeWrong, QStringLiteral("code"));
        wrong.attemptsLeft = qMax(0, kSetupAttempts - attempt.attempts);
        return wrong;
    }
    QStringList plain;
    QList<QByteArray> hashes;
    for (int i = 0; i < kBackupCodes; ++i) {
        const QString code = TwoStepSecret::newBackupCode();
        plain.append(code);
        hashes.append(TwoStepSecret::backupCodeHash(account.id, TwoStepSecret::normalizeBackupCode(code)));
        if (hashes.last().isEmpty())
            return ApiError(ErrorCode::Internal);
    }
    // The confirming code's step counts as used, like any accepted code's.
    switch (store.enable(account.id, request.setupId, *step, hashes, nowMs, alongside)) {
    case TwoStepStore::EnableResult::Enabled:
        codes->backupCodes = plain;
        return {};
    case TwoStepStore::EnableResult::AlreadyOn:
        return ApiError(ErrorCode::TwoStepAlreadyOn);
    case TwoStepStore::EnableResult::SetupGone:
        return ApiError(ErrorCode::ChallengeNotFound, QStringLiteral("setupId"));
    case TwoStepStore::EnableResult::Failed:
        break;
    }
    return ApiError(ErrorCode::Internal);
}

bool TwoStepService::accept(qint64 accountId, const QString& code, qint64 nowMs)
{
    TwoStepStore store(m_db);
    if (Totp::isTotpCode(code)) {
        const std::optional<TwoStepStore::Enabled> enabled = store.find(accountId);
        if (!enabled)
            return false;
        const std::optional<qint64> step
            = Totp::matchingStep(TwoStepSecret::open(enabled->sealedSecret), code, nowMs / 1000);
        return step && store.acceptStep(accountId, *step);
    }
    const QString backup = TwoStepSecret::normalizeBackupCode(code);
    if (backup.size() != TwoStepSecret::kBackupCodeLength)
        return false;
    const QByteArray hash = TwoStepSecret::backupCodeHash(accountId, backup);
    return !hash.isEmpty() && store.useBackupCode(accountId, hash, nowMs);
}

ApiError TwoStepService::require(const Account& account, const std::optional<TwoStepAnswer>& answer,
                                 qint64 nowMs)
{
    if (!account.twoStep)
        return {};
    if (!answer)
        return ApiError(ErrorCode::TwoStepRequired, QStringLiteral("twoStep"));
    return check(account, answer->code, QStringLiteral("twoStep.code"), nowMs);
}

ApiError TwoStepService::check(const Account& account, const QString& code, const QString& field,
                               qint64 nowMs)
{
    LoginThrottle throttle(m_db);
    const QString throttleKey = QStringLiteral("account:%1").arg(account.id);
    if (const QDateTime until = throttle.lockedUntil(throttleKey); until.isValid()) {
        ApiError error(ErrorCode::LoginLocked, field);
        error.until = until;
        return error;
    }
    if (accept(account.id, code, nowMs))
        return {};
    if (throttle.recordFailure(throttleKey) >= LoginThrottle::kLockAfter) {
        ApiError error(ErrorCode::LoginLocked, field);
        error.until = throttle.lock(throttleKey);
        return error;
    }
    return ApiError(ErrorCode::CodeWrong, field);
}

bool TwoStepService::disable(qint64 accountId, const std::function<bool()>& alongside)
{
    return TwoStepStore(m_db).disable(accountId, alongside);
}
