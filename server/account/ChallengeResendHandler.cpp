// SPDX-License-Identifier: Apache-2.0
#include "ChallengeResendHandler.h"

#include "Caller.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "Replies.h"
#include "RequestInfo.h"

#include <QDateTime>

ChallengeResendHandler::ChallengeResendHandler(const CodeSender* sender)
    : m_sender(sender)
{
}

HttpReply ChallengeResendHandler::resend(const RequestInfo& request, const Caller& caller) const
{
    QSqlDatabase db = Database::connection();
    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Challenge> challenge = store.findLive(request.pathId, QString(), now);
    // Recoveries have routes of their own, without a session.
    if (!challenge || challenge->accountId != caller.account.id
        || challenge->purpose == QLatin1String("recovery"))
        return Replies::error(ErrorCode::ChallengeNotFound, request);
    VerificationStore codes = store.codes();
    if (const ApiError sendError = m_sender->send(codes, &*challenge, now, &request.logNote))
        return Replies::error(sendError, request);
    return Replies::json(m_sender->challenge(*challenge, now).toJson(QStringLiteral("challengeId")), request);
}
