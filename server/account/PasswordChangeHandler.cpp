#include "PasswordChangeHandler.h"

#include "AccountChangeMessages.h"
#include "AccountNotifier.h"
#include "BearerAuth.h"
#include "ChallengeStore.h"
#include "CodeCheck.h"
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

HttpReply PasswordChangeHandler::startChallenge(const RequestInfo& request, const QJsonObject& body) const
{
    QSqlDatabase db = Database::connection();
    const BearerAuth auth = BearerAuth::of(request, db, m_accessTokenTtl);
    if (auth.error != ErrorCode::None)
        return Replies::error(auth.error, request);
    ApiError decodeError;
    const PasswordChallengeRequest start = PasswordChallengeRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);

    return OwnContactChallenge::start(m_sender, kPurpose, request, db, auth.account, start.via);
}

HttpReply PasswordChangeHandler::change(const RequestInfo& request, const QJsonObject& body) const
{
    QSqlDatabase db = Database::connection();
    const BearerAuth auth = BearerAuth::of(request, db, m_accessTokenTtl);
    if (auth.error != ErrorCode::None)
        return Replies::error(auth.error, request);
    ApiError decodeError;
    const ChangePasswordRequest change = ChangePasswordRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);

    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<Challenge> challenge = store.findLive(change.challengeId, kPurpose, now);
    // Another account's challenge is as unknown as a made-up one.
    if (!challenge || challenge->accountId != auth.account.id)
        return Replies::error(ErrorCode::ChallengeNotFound, request, QStringLiteral("challengeId"));
    VerificationStore codes = store.codes();
    if (const ApiError codeError = CodeCheck::check(codes, *challenge, change.code, now))
        return Replies::error(codeError, request);
    // The code stays valid when the password is refused, so the user can try another password.
    if (const ApiError weak = NewPasswordCheck::check(change.newPassword, auth.account))
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
    if (!store.finish(challenge->id, QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(ErrorCode::ChallengeNotFound, request, QStringLiteral("challengeId"));
    if (!AccountStore(db).setPasswordHash(auth.account.id, hash)
        || !tokens.revokeAccountSessions(auth.account.id, auth.sessionId)
        || !tokens.reissue(auth.sessionId, &pair) || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    m_notifier->notifyAll(auth.account, QStringLiteral("password-changed"), &request.logNote);
    TokenResponse response;
    response.accountId = auth.account.id;
    response.accessToken = pair.accessToken;
    response.refreshToken = pair.refreshToken;
    response.expiresIn = m_accessTokenTtl;
    return Replies::json(response.toJson(), request);
}
