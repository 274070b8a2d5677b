#pragma once

#include "ApiError.h"
#include "RegistrationMessages.h"

#include <QUrl>

class Delivery;
class RegistrationStore;
struct Registration;

// Sends a registration's code (and, for email, its confirmation link): applies the resend rules,
// makes fresh secrets, hands them to Delivery and stores only their hashes. Runs on worker threads.
class CodeSender
{
public:
    CodeSender(Delivery* delivery, int codeTtlSeconds, int resendIntervalSeconds);
    // The server's own https://host:port, for links; set once before the first request.
    void setLinkBase(const QUrl& base) { m_linkBase = base; }

    // E-RESEND-TOO-EARLY / E-RESEND-LIMIT with until, E-DELIVERY-FAILED (with *logNote saying why;
    // the old code is dead then too) or E-INTERNAL; no error when sent and stored.
    ApiError send(RegistrationStore& store, Registration* registration, qint64 now, QString* logNote) const;
    CodeChallenge challenge(const Registration& registration, qint64 now) const;
    int resendAfter(const Registration& registration, qint64 now) const;
    static QString maskedDestination(const Registration& registration);

private:
    Delivery* m_delivery;
    int m_codeTtl;
    int m_resendInterval;
    QUrl m_linkBase;
};
