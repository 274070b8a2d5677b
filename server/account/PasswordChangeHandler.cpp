// SPDX-License-Identifier: Apache-2.0
#include "PasswordChangeHandler.h"

#include "AccountChallenge.h"
#include "AccountChangeMessages.h"
#include "AccountNotifier.h"
#include "ActivityStore.h"
#include "Caller.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "NewPasswordCheck.h"
#include "OwnContactChallenge.h"
#include "PasswordHasher.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "SessionMessages.h"
#include "TokenService.h"
#include "WriteTransaction.h"

#include <QDateTime>

namespace {
const QString kPurpose = QStringLiteral("password-change");
}

PasswordChangeHandler::PasswordChangeHandler(const CodeSender* sender, const AccountNotifier* notifier,
                                             int accessTokenTtl)
    : m_sender(sender)
    , m_notifier(notifier)
    , m_accessTokenTtl(accessTokenTtl)
{
}

HttpReply PasswordChangeHandler::startChallenge(const RequestInfo& request,
                                                const PasswordChallengeRequest& start,
                                                const Caller& caller) const
{
    return OwnContactChallenge::start(m_sender, kPurpose, request, caller.account, start.via);
}

HttpReply PasswordChangeHandler::change(const RequestInfo& request, const ChangePasswordRequest& change,
                                        const Caller& caller) const
{
    QSqlDatabase db = Database::connection();
    ChallengeStore store(db);
    Challenge challenge;
    if (const ApiError error
        = AccountChallenge::check(store, kPurpose, caller.account.id, change.challengeId, change.code,
                                  QDateTime::currentMSecsSinceEpoch(), &challenge))
        return Replies::error(error, request);
    // The code stays valid when the password is refused, so the user can try another password.
    if (const ApiError weak = NewPasswordCheck::check(change.newPassword, caller.account))
        return Replies::error(weak, request);
    const QString hash = PasswordHasher::hash(change.newPassword);
    if (hash.isEmpty())
        return Replies::error(ErrorCode::Internal, request);
    // The new password, the end of every other session (whoever knew the old password may hold
    // one) and this session's new tokens (so a copy of them is useless too) are one change: all of
    // it is stored, or nothing is and the user is told, never "signed out elsewhere" untrue.
    TokenService tokens(db, m_accessTokenTtl);
    TokenService::TokenPair pair;
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Replies::error(ErrorCode::Internal, request);
    // Claimed after the slow hash: of two racing requests exactly one changes the password.
    if (const ApiError used = AccountChallenge::finish(store, challenge, QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(used, request);
    if (!AccountStore(db).setPasswordHash(caller.account.id, hash)
        || !tokens.revokeAccountSessions(caller.account.id, caller.sessionId)
        || !tokens.reissue(caller.sessionId, &pair)
        || !ActivityStore(db).recordOnDevice(caller.account.id, QStringLiteral("password-changed"),
                                             request.remoteAddress, caller.deviceId)
        || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    m_notifier->notifyAll(caller.account, QStringLiteral("password-changed"), &request.logNote);
    return Replies::json(tokens.response(caller.account.id, pair).toJson(), request);
}
