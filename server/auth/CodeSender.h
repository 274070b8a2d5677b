// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "RegistrationMessages.h"

#include <QUrl>

class Delivery;
class VerificationStore;
struct VerificationState;

// Sends the code of any verification challenge (and, for a registration by email, its
// confirmation link): applies the resend rules, makes fresh secrets, hands them to Delivery and
// stores only their keyed hashes. Registrations, password changes, recoveries and email or phone
// changes all send through here. Runs on worker threads.
struct DeliveryMessage;

class CodeSender
{
public:
    CodeSender(Delivery* delivery, int codeTtlSeconds, int resendIntervalSeconds);
    // The server's own https://host:port, for links; set once before the first request.
    void setLinkBase(const QUrl& base) { m_linkBase = base; }

    // E-RESEND-TOO-EARLY / E-RESEND-LIMIT with until, E-DELIVERY-FAILED (with *logNote saying why;
    // the old code is dead then too) or E-INTERNAL; no error when sent and stored. linkPath, when
    // given ("/v1/registrations/ID/confirm"), adds a link with a token to an email.
    ApiError send(VerificationStore& store, VerificationState* state, qint64 now, QString* logNote,
                  const QString& linkPath = {}) const;
    CodeChallenge challenge(const VerificationState& state, qint64 now) const;
    int resendAfter(const VerificationState& state, qint64 now) const;
    int codeTtlSeconds() const { return m_codeTtl; }
    static QString maskedDestination(const VerificationState& state);
    static QString mask(const QString& channel, const QString& destination);
    // "until" goes out in whole seconds, rounded up.
    static QDateTime untilTime(qint64 ms);

private:
    ApiError tooEarly(qint64 lastSentAt) const;
    // Recovery: the code stored, the answer at once, the delivery on the worker pool.
    ApiError queue(VerificationStore& store, VerificationState* state, const DeliveryMessage& message,
                   const QString& linkToken, qint64 now, QString* logNote) const;

    Delivery* m_delivery;
    int m_codeTtl;
    int m_resendInterval;
    QUrl m_linkBase;
};
