// SPDX-License-Identifier: Apache-2.0
#include "OwnContactChallenge.h"

#include "AccountChallenge.h"
#include "AccountStore.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "Replies.h"
#include "RequestInfo.h"

#include <QDateTime>

HttpReply OwnContactChallenge::start(const CodeSender* sender, const QString& purpose,
                                     const RequestInfo& request, const Account& account, const QString& via)
{
    QString channel = via;
    if (channel.isEmpty() && !account.email.isEmpty() && !account.phone.isEmpty())
        return Replies::error(ErrorCode::MissingField, request, QStringLiteral("via"));
    if (channel.isEmpty())
        channel = account.email.isEmpty() ? QStringLiteral("phone") : QStringLiteral("email");
    const bool byEmail = channel == QLatin1String("email");
    const QString destination = byEmail ? account.email : account.phone;
    if (destination.isEmpty())
        return Replies::error(ErrorCode::InvalidField, request, QStringLiteral("via"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Challenge challenge;
    challenge.purpose = purpose;
    challenge.accountId = account.id;
    challenge.channel = byEmail ? QStringLiteral("email") : QStringLiteral("sms");
    challenge.destination = destination;
    if (const ApiError error
        = AccountChallenge::open(sender, Database::connection(), &challenge, now, &request.logNote))
        return Replies::error(error, request);
    return Replies::json(sender->challenge(challenge, now).toJson(QStringLiteral("challengeId")), request,
                         201);
}
