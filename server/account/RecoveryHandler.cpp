// SPDX-License-Identifier: Apache-2.0
#include "RecoveryHandler.h"

#include "AccountNotifier.h"
#include "AccountStore.h"
#include "ActivityStore.h"
#include "ChallengeStore.h"
#include "CodeCheck.h"
#include "CodeSender.h"
#include "Database.h"
#include "LoginThrottle.h"
#include "NewPasswordCheck.h"
#include "PasswordHasher.h"
#include "RecoveryMessages.h"
#include "RegistrationMessages.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "TokenService.h"
#include "TwoStepService.h"
#include "WriteTransaction.h"

#include <QDateTime>

namespace {
const QString kPurpose = QStringLiteral("recovery");

// The live recovery that the path's {id} names: None with *challenge, or E-RECOVERY-NOT-FOUND
// (ended, expired, or never started).
ApiError findRecovery(ChallengeStore& store, const RequestInfo& request, qint64 now, Challenge* challenge)
{
    std::optional<Challenge> found = store.findLive(request.pathId, kPurpose, now);
    if (!found)
        return ApiError(ErrorCode::RecoveryNotFound);
    *challenge = std::move(*found);
    return {};
}

// findRecovery(), then the code checked against it (CodeCheck: a wrong one is counted, a right one
// is not used up).
ApiError checkRecovery(ChallengeStore& store, const RequestInfo& request, const QString& code, qint64 now,
                       Challenge* challenge)
{
    if (const ApiError error = findRecovery(store, request, now, challenge))
        return error;
    VerificationStore codes = store.codes();
    return CodeCheck::check(codes, *challenge, code, now);
}
} // namespace

RecoveryHandler::RecoveryHandler(const CodeSender* sender, const AccountNotifier* notifier)
    : m_sender(sender)
    , m_notifier(notifier)
{
}

HttpReply RecoveryHandler::send(const RequestInfo& request, const RecoverySendRequest& send) const
{
    ChallengeStore store(Database::connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Challenge challenge;
    if (const ApiError error = findRecovery(store, request, now, &challenge))
        return Replies::error(error, request);
    const bool byEmail = send.via == QLatin1String("email");
    const QString destination = byEmail ? challenge.choiceEmail : challenge.choicePhone;
    if (destination.isEmpty())
        return Replies::error(ErrorCode::InvalidField, request, QStringLiteral("via"));
    // Switching channels kills the code sent to the other one; the resend interval still applies.
    if (destination != challenge.destination) {
        if (!store.setDestination(challenge.id, byEmail ? QStringLiteral("email") : QStringLiteral("sms"),
                                  destination))
            return Replies::error(ErrorCode::Internal, request);
        challenge.channel = byEmail ? QStringLiteral("email") : QStringLiteral("sms");
        challenge.destination = destination;
        challenge.codeHash.clear();
    }
    return sendCode(request, store, &challenge, now);
}

HttpReply RecoveryHandler::resend(const RequestInfo& request) const
{
    ChallengeStore store(Database::connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Challenge challenge;
    if (const ApiError error = findRecovery(store, request, now, &challenge))
        return Replies::error(error, request);
    // No channel chosen yet: that is what /send is for.
    if (!challenge.hasDestination())
        return Replies::error(ErrorCode::MissingField, request, QStringLiteral("via"));
    return sendCode(request, store, &challenge, now);
}

HttpReply RecoveryHandler::sendCode(const RequestInfo& request, ChallengeStore& store, Challenge* challenge,
                                    qint64 now) const
{
    VerificationStore codes = store.codes();
    if (const ApiError sendError = m_sender->send(codes, challenge, now, &request.logNote))
        return Replies::error(sendError, request);
    return Replies::json(m_sender->challenge(*challenge, now).toJson(QStringLiteral("recoveryId")), request);
}

HttpReply RecoveryHandler::verify(const RequestInfo& request, const VerifyCodeRequest& verify) const
{
    ChallengeStore store(Database::connection());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Challenge challenge;
    if (const ApiError error = checkRecovery(store, request, verify.code, now, &challenge))
        return Replies::error(error, request);
    // Only a look: the code stays, since complete needs it once more with the new password.
    store.markVerified(challenge.id, now);
    return Replies::json({ { QStringLiteral("verified"), true } }, request);
}

HttpReply RecoveryHandler::complete(const RequestInfo& request, const CompleteRecoveryRequest& complete) const
{
    QSqlDatabase db = Database::connection();
    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Challenge challenge;
    if (const ApiError error = checkRecovery(store, request, complete.code, now, &challenge))
        return Replies::error(error, request);
    AccountStore accounts(db);
    const std::optional<Account> account = accounts.find(challenge.accountId);
    if (!account) // a stand-in's random code matched (one in a million): still nothing to recover
        return Replies::error(ErrorCode::CodeExpired, request, QStringLiteral("code"));
    if (const ApiError weak = NewPasswordCheck::check(complete.newPassword, *account))
        return Replies::error(weak, request);
    // A code by email or SMS is one factor; on a two-step account the app's code (or a backup
    // code) must come with it. Checked after the new password's rules, so a refused password does
    // not spend a TOTP code, and before anything changes: without it the recovery and its code
    // stay as they are for the retry. Two-step stays on after the recovery.
    if (const ApiError twoStep = TwoStepService(db).require(*account, complete.twoStep, now))
        return Replies::error(twoStep, request);
    const QString hash = PasswordHasher::hash(complete.newPassword);
    if (hash.isEmpty())
        return Replies::error(ErrorCode::Internal, request);
    // The new password and the end of every session (whoever used the old password is out) are
    // one change: both are stored, or neither is and the user is told.
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Replies::error(ErrorCode::Internal, request);
    if (!store.finish(challenge.id, QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(ErrorCode::RecoveryNotFound, request);
    if (!accounts.setPasswordHash(account->id, hash)
        || !TokenService(db, 0).revokeAccountSessions(account->id)
        || !ActivityStore(db).record(account->id, QStringLiteral("password-recovered"), request.remoteAddress)
        || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    // The owner may sign in at once, lock or not.
    LoginThrottle(db).reset(QStringLiteral("account:%1").arg(account->id));
    LoginThrottle(db).reset(LoginThrottle::streakKey(account->id));
    m_notifier->notifyAll(*account, QStringLiteral("password-changed"), &request.logNote);
    RecoveryResult result;
    result.accountId = account->id;
    return Replies::json(result.toJson(), request);
}
