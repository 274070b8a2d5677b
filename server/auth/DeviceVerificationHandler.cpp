// SPDX-License-Identifier: Apache-2.0
#include "DeviceVerificationHandler.h"

#include "AccountStore.h"
#include "ChallengeStore.h"
#include "CodeCheck.h"
#include "CodeSender.h"
#include "Database.h"
#include "DeviceStore.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "SessionMessages.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
const QString kPurpose = QStringLiteral("device-verification");

// The live challenge already started for this account and device, so that signing in again
// (the app restarted, the user went back) does not mail a fresh code every time.
QString liveChallengeId(QSqlDatabase db, qint64 accountId, const QString& deviceId, qint64 now)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM challenges WHERE account_id = ? AND device_id = ? AND "
                                 "purpose = ? AND finished_at IS NULL AND expires_at > ? "
                                 "ORDER BY created_at DESC LIMIT 1"));
    query.addBindValue(accountId);
    query.addBindValue(deviceId);
    query.addBindValue(kPurpose);
    query.addBindValue(now);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}
} // namespace

DeviceVerificationHandler::DeviceVerificationHandler(const CodeSender* sender, bool enabled)
    : m_sender(sender)
    , m_enabled(enabled)
{
}

ApiError DeviceVerificationHandler::check(QSqlDatabase db, const Account& account,
                                          const SignInRequest& signIn, QString* logNote, bool always,
                                          QString* verifiedChallenge) const
{
    if (account.email.isEmpty() && account.phone.isEmpty())
        return {};
    if (!always && (!m_enabled || DeviceStore(db).trusts(account.id, signIn.device.id, signIn.deviceSecret)))
        return {};
    if (!signIn.deviceVerification)
        return sendCode(db, account, signIn, logNote);

    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<Challenge> challenge
        = store.findLive(signIn.deviceVerification->challengeId, kPurpose, now);
    // A code proves the owner let this device in, not any other one.
    if (!challenge || challenge->accountId != account.id || challenge->deviceId != signIn.device.id)
        return ApiError(ErrorCode::ChallengeNotFound, QStringLiteral("deviceVerification.challengeId"));
    VerificationStore codes = store.codes();
    if (const ApiError codeError = CodeCheck::check(codes, *challenge, signIn.deviceVerification->code, now,
                                                    QStringLiteral("deviceVerification.code")))
        return codeError;
    // Not used up yet: a step after this one (two-step verification) may still send the client
    // back, and the repeat brings the same code.
    *verifiedChallenge = challenge->id;
    return {};
}

ApiError DeviceVerificationHandler::finish(QSqlDatabase db, const QString& verifiedChallenge)
{
    if (verifiedChallenge.isEmpty())
        return {};
    if (!ChallengeStore(std::move(db)).finish(verifiedChallenge, QDateTime::currentMSecsSinceEpoch()))
        return ApiError(ErrorCode::ChallengeNotFound, QStringLiteral("deviceVerification.challengeId"));
    return {};
}

ApiError DeviceVerificationHandler::sendCode(QSqlDatabase db, const Account& account,
                                             const SignInRequest& signIn, QString* logNote) const
{
    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Challenge> challenge;
    if (const QString id = liveChallengeId(db, account.id, signIn.device.id, now); !id.isEmpty())
        challenge = store.findLive(id, kPurpose, now);
    if (!challenge) {
        Challenge fresh;
        fresh.id = QString::fromLatin1(RequestInfo::newRequestId());
        fresh.purpose = kPurpose;
        fresh.accountId = account.id;
        fresh.deviceId = signIn.device.id;
        // The channel the user signed in with is the one at hand; otherwise email before SMS.
        const bool byPhone = !account.phone.isEmpty()
            && (account.email.isEmpty()
                || AccountStore::normalizeLogin(signIn.login).startsWith(QLatin1String("phone:")));
        fresh.channel = byPhone ? QStringLiteral("sms") : QStringLiteral("email");
        fresh.destination = byPhone ? account.phone : account.email;
        fresh.expiresAt = now + qint64(Challenge::kLifetimeSeconds) * 1000;
        if (!store.create(fresh, now))
            return ApiError(ErrorCode::Internal);
        challenge = fresh;
    }
    VerificationStore codes = store.codes();
    const ApiError sendError = m_sender->send(codes, &*challenge, now, logNote);
    // Too early for another code: the one sent a moment ago is still good.
    if (sendError && sendError.code != ErrorCode::ResendTooEarly)
        return sendError;
    ApiError required(ErrorCode::DeviceVerificationRequired);
    required.challenge = m_sender->challenge(*challenge, now).toJson(QStringLiteral("challengeId"));
    return required;
}

HttpReply DeviceVerificationHandler::resend(const RequestInfo& request) const
{
    QSqlDatabase db = Database::connection();
    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Challenge> challenge = store.findLive(request.pathId, kPurpose, now);
    if (!challenge)
        return Replies::error(ErrorCode::ChallengeNotFound, request);
    VerificationStore codes = store.codes();
    if (const ApiError sendError = m_sender->send(codes, &*challenge, now, &request.logNote))
        return Replies::error(sendError, request);
    return Replies::json(m_sender->challenge(*challenge, now).toJson(QStringLiteral("challengeId")), request);
}
