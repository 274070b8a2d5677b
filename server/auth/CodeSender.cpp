// SPDX-License-Identifier: Apache-2.0
#include "CodeSender.h"

#include "Database.h"
#include "Delivery.h"
#include "VerificationSecret.h"
#include "VerificationStore.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QThreadPool>

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

int secondsLeft(qint64 until, qint64 now)
{
    return until > now ? int((until - now + 999) / 1000) : 0;
}
} // namespace

CodeSender::CodeSender(Delivery* delivery, int codeTtlSeconds, int resendIntervalSeconds)
    : m_delivery(delivery)
    , m_codeTtl(codeTtlSeconds)
    , m_resendInterval(resendIntervalSeconds)
{
}

QDateTime CodeSender::untilTime(qint64 ms)
{
    // Round up so a client that waits until then is not too early.
    return QDateTime::fromMSecsSinceEpoch((ms + 999) / 1000 * 1000, Qt::UTC);
}

ApiError CodeSender::tooEarly(qint64 lastSentAt) const
{
    ApiError error(ErrorCode::ResendTooEarly);
    error.until = untilTime(lastSentAt + qint64(m_resendInterval) * 1000);
    return error;
}

ApiError CodeSender::send(VerificationStore& store, VerificationState* state, qint64 now, QString* logNote,
                          const QString& linkPath) const
{
    const qint64 intervalMs = qint64(m_resendInterval) * 1000;
    if (state->lastSentAt > 0 && now < state->lastSentAt + intervalMs)
        return tooEarly(state->lastSentAt);
    qint64 oldest = 0;
    // The check above read a snapshot; this claim, atomic with the hourly count, is what decides
    // between racing resends.
    switch (store.claimSend(*state, now, intervalMs, VerificationState::kSendsPerHour, &oldest)) {
    case VerificationStore::SendClaim::Claimed:
        break;
    case VerificationStore::SendClaim::HourlyLimit: {
        ApiError error(ErrorCode::ResendLimit);
        error.until = untilTime(oldest + kHourMs);
        return error;
    }
    case VerificationStore::SendClaim::DailyLimit: {
        ApiError error(ErrorCode::ResendLimit);
        error.until = untilTime(oldest + 24 * kHourMs);
        return error;
    }
    case VerificationStore::SendClaim::ChallengeLimit:
        // No time to wait for: this recovery has had its codes; a new one may be started.
        return ApiError(ErrorCode::ResendLimit);
    case VerificationStore::SendClaim::TooEarly:
        return tooEarly(now);
    case VerificationStore::SendClaim::Failed:
        return ApiError(ErrorCode::Internal);
    }

    DeliveryMessage message;
    message.channel = state->channel;
    message.destination = state->destination;
    message.purpose = state->purpose;
    message.language = store.languageOf(state->id);
    message.code = VerificationSecret::newCode();
    message.codeTtlMinutes = qMax(1, m_codeTtl / 60);
    message.linkTtlMinutes = VerificationState::kLinkLifetimeSeconds / 60;
    QString linkToken;
    if (!linkPath.isEmpty() && state->channel == QLatin1String("email")) {
        linkToken = VerificationSecret::newLinkToken();
        QUrl link = m_linkBase;
        link.setPath(linkPath);
        link.setQuery(QStringLiteral("token=") + linkToken);
        message.link = link.toString(QUrl::FullyEncoded);
    }
    if (state->purpose == QLatin1String("recovery") && m_delivery->waitsOnNetwork(message))
        return queue(store, state, message, linkToken, now, logNote);
    QString reason;
    if (!state->silent && !m_delivery->send(message, &reason)) {
        // Whatever was sent before is dead too: the user asked for a new code and got none.
        store.killCode(state->id);
        store.releaseSend(*state, now);
        *logNote = QStringLiteral("delivery failed: ") + reason;
        return ApiError(ErrorCode::DeliveryFailed);
    }
    state->codeHash = VerificationSecret::hash(state->id, message.code);
    state->codeExpiresAt = now + qint64(m_codeTtl) * 1000;
    state->codeAttempts = 0;
    state->linkHash = linkToken.isEmpty() ? QByteArray() : VerificationSecret::hash(state->id, linkToken);
    state->linkExpiresAt = now + qint64(VerificationState::kLinkLifetimeSeconds) * 1000;
    state->lastSentAt = now;
    if (state->codeHash.isEmpty() || !store.storeSent(*state, now))
        return ApiError(ErrorCode::Internal);
    return {};
}

ApiError CodeSender::queue(VerificationStore& store, VerificationState* state, const DeliveryMessage& message,
                           const QString& linkToken, qint64 now, QString* logNote) const
{
    // Anyone can start a recovery for any login, and a known one must not answer later than an
    // unknown one (whose stand-in delivers nothing): with a back end that waits on another server,
    // the code is stored and the answer goes out at once, while the delivery runs on the worker
    // pool (the outbox file takes no measurable time, and is written at once). A failed delivery kills the
    // code then, and gives the send back, so the user's "send again" works at once.
    state->codeHash = VerificationSecret::hash(state->id, message.code);
    state->codeExpiresAt = now + qint64(m_codeTtl) * 1000;
    state->codeAttempts = 0;
    state->linkHash = linkToken.isEmpty() ? QByteArray() : VerificationSecret::hash(state->id, linkToken);
    state->linkExpiresAt = now + qint64(VerificationState::kLinkLifetimeSeconds) * 1000;
    const VerificationState sent = *state;
    state->lastSentAt = now;
    if (state->codeHash.isEmpty() || !store.storeSent(*state, now))
        return ApiError(ErrorCode::Internal);
    if (state->silent)
        return {};
    *logNote = QStringLiteral("delivery queued");
    const QString table = store.table();
    QThreadPool::globalInstance()->start([delivery = m_delivery, message, sent, table, now] {
        QString reason;
        if (delivery->send(message, &reason))
            return;
        VerificationStore store(Database::connection(), table);
        store.killCode(sent.id);
        store.releaseSend(sent, now);
        qWarning("account-server: queued %s delivery failed: %s", qPrintable(message.purpose),
                 qPrintable(reason.left(300)));
    });
    return {};
}

int CodeSender::resendAfter(const VerificationState& state, qint64 now) const
{
    return secondsLeft(state.lastSentAt + qint64(m_resendInterval) * 1000, now);
}

CodeChallenge CodeSender::challenge(const VerificationState& state, qint64 now) const
{
    CodeChallenge challenge;
    challenge.id = state.id;
    challenge.sentTo = maskedDestination(state);
    challenge.channel = state.channel;
    challenge.resendAfter = resendAfter(state, now);
    challenge.expiresIn = state.codeHash.isEmpty() ? 0 : secondsLeft(state.codeExpiresAt, now);
    challenge.codeLength = VerificationSecret::kCodeLength;
    return challenge;
}

QString CodeSender::maskedDestination(const VerificationState& state)
{
    return mask(state.channel, state.destination);
}

QString CodeSender::mask(const QString& channel, const QString& destination)
{
    return channel == QLatin1String("email") ? EmailAddress::mask(destination)
                                             : PhoneNumbers::mask(destination);
}
