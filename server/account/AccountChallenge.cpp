// SPDX-License-Identifier: Apache-2.0
#include "AccountChallenge.h"

#include "ChallengeStore.h"
#include "CodeCheck.h"
#include "CodeSender.h"
#include "RequestInfo.h"

ApiError AccountChallenge::open(const CodeSender* sender, QSqlDatabase db, Challenge* challenge, qint64 now,
                                QString* logNote)
{
    challenge->id = QString::fromLatin1(RequestInfo::newRequestId());
    challenge->expiresAt = now + qint64(Challenge::kLifetimeSeconds) * 1000;
    ChallengeStore store(std::move(db));
    if (!store.create(*challenge, now))
        return ApiError(ErrorCode::Internal);
    VerificationStore codes = store.codes();
    return sender->send(codes, challenge, now, logNote);
}

ApiError AccountChallenge::check(ChallengeStore& store, const QString& purpose, qint64 accountId,
                                 const QString& challengeId, const QString& code, qint64 now,
                                 Challenge* challenge)
{
    const std::optional<Challenge> found = store.findLive(challengeId, purpose, now);
    // Another account's challenge is as unknown as a made-up one.
    if (!found || found->accountId != accountId)
        return ApiError(ErrorCode::ChallengeNotFound, QStringLiteral("challengeId"));
    *challenge = *found;
    VerificationStore codes = store.codes();
    return CodeCheck::check(codes, *found, code, now);
}

ApiError AccountChallenge::finish(ChallengeStore& store, const Challenge& challenge, qint64 now)
{
    if (!store.finish(challenge.id, now))
        return ApiError(ErrorCode::ChallengeNotFound, QStringLiteral("challengeId"));
    return {};
}

ApiError AccountChallenge::claim(ChallengeStore& store, const QString& purpose, qint64 accountId,
                                 const QString& challengeId, const QString& code, qint64 now,
                                 Challenge* challenge)
{
    if (const ApiError error = check(store, purpose, accountId, challengeId, code, now, challenge))
        return error;
    return finish(store, *challenge, now);
}
