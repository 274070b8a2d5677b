#include "ChallengeResendHandler.h"

#include "BearerAuth.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "Replies.h"
#include "RequestInfo.h"

#include <QDateTime>

ChallengeResendHandler::ChallengeResendHandler(const CodeSender* sender, int accessTokenTtl)
    : m_sender(sender)
    , m_accessTokenTtl(accessTokenTtl)
{
}

HttpReply ChallengeResendHandler::resend(const RequestInfo& request) const
{
    QSqlDatabase db = Database::connection();
    const BearerAuth auth = BearerAuth::of(request, db, m_accessTokenTtl);
    if (auth.error != ErrorCode::None)
        return Replies::error(auth.error, request);
    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Challenge> challenge = store.findLive(request.pathId, QString(), now);
    // Recoveries have routes of their own, without a session.
    if (!challenge || challenge->accountId != auth.account.id
        || challenge->purpose == QLatin1String("recovery"))
        return Replies::error(ErrorCode::ChallengeNotFound, request);
    VerificationStore codes = store.codes();
    if (const ApiError sendError = m_sender->send(codes, &*challenge, now, &request.logNote))
        return Replies::error(sendError, request);
    return Replies::json(m_sender->challenge(*challenge, now).toJson(QStringLiteral("challengeId")), request);
}
