#include "CodeSender.h"

#include "Delivery.h"
#include "RegistrationStore.h"
#include "VerificationSecret.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QUrlQuery>

namespace {
constexpr qint64 kHourMs = 3600 * 1000;

// "until" goes out in whole seconds; round up so a client that waits until then is not too early.
QDateTime untilTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch((ms + 999) / 1000 * 1000, Qt::UTC);
}

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

ApiError CodeSender::send(RegistrationStore& store, Registration* registration, qint64 now,
                          QString* logNote) const
{
    if (registration->lastSentAt > 0 && now < registration->lastSentAt + qint64(m_resendInterval) * 1000) {
        ApiError error(ErrorCode::ResendTooEarly);
        error.until = untilTime(registration->lastSentAt + qint64(m_resendInterval) * 1000);
        return error;
    }
    qint64 oldest = 0;
    if (store.sendsSince(registration->destination, now - kHourMs, &oldest) >= Registration::kSendsPerHour) {
        ApiError error(ErrorCode::ResendLimit);
        error.until = untilTime(oldest + kHourMs);
        return error;
    }

    DeliveryMessage message;
    message.channel = registration->channel;
    message.destination = registration->destination;
    message.purpose = QStringLiteral("registration");
    message.code = VerificationSecret::newCode();
    message.codeTtlMinutes = qMax(1, m_codeTtl / 60);
    message.linkTtlMinutes = Registration::kLifetimeSeconds / 60;
    QString linkToken;
    if (registration->channel == QLatin1String("email")) {
        linkToken = VerificationSecret::newLinkToken();
        QUrl link = m_linkBase;
        link.setPath(QStringLiteral("/v1/registrations/%1/confirm").arg(registration->id));
        link.setQuery(QStringLiteral("token=") + linkToken);
        message.link = link.toString(QUrl::FullyEncoded);
    }
    QString reason;
    if (!m_delivery->send(message, &reason)) {
        // Whatever was sent before is dead too: the user asked for a new code and got none.
        store.killCode(registration->id);
        *logNote = QStringLiteral("delivery failed: ") + reason;
        return ApiError(ErrorCode::DeliveryFailed);
    }
    registration->codeHash = VerificationSecret::hash(registration->id, message.code);
    registration->codeExpiresAt = now + qint64(m_codeTtl) * 1000;
    registration->codeAttempts = 0;
    registration->linkHash
        = linkToken.isEmpty() ? QByteArray() : VerificationSecret::hash(registration->id, linkToken);
    registration->linkExpiresAt = now + qint64(Registration::kLifetimeSeconds) * 1000;
    registration->lastSentAt = now;
    if (!store.storeSent(*registration, now))
        return ApiError(ErrorCode::Internal);
    return {};
}

int CodeSender::resendAfter(const Registration& registration, qint64 now) const
{
    return secondsLeft(registration.lastSentAt + qint64(m_resendInterval) * 1000, now);
}

CodeChallenge CodeSender::challenge(const Registration& registration, qint64 now) const
{
    CodeChallenge challenge;
    challenge.id = registration.id;
    challenge.sentTo = maskedDestination(registration);
    challenge.channel = registration.channel;
    challenge.resendAfter = resendAfter(registration, now);
    challenge.expiresIn = registration.codeHash.isEmpty() ? 0 : secondsLeft(registration.codeExpiresAt, now);
    challenge.codeLength = VerificationSecret::kCodeLength;
    return challenge;
}

QString CodeSender::maskedDestination(const Registration& registration)
{
    return registration.channel == QLatin1String("email") ? EmailAddress::mask(registration.destination)
                                                          : PhoneNumbers::mask(registration.destination);
}
