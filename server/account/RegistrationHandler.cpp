// SPDX-License-Identifier: Apache-2.0
#include "RegistrationHandler.h"

#include "AccountStore.h"
#include "CaptchaService.h"
#include "CodeSender.h"
#include "Database.h"
#include "RegistrationMessages.h"
#include "RegistrationStore.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "protocol/ApiEndpoint.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QDateTime>

namespace {
QString confirmPath(const QString& id)
{
    return Api::ConfirmRegistrationLink.pathWith(id);
}
} // namespace

RegistrationHandler::RegistrationHandler(CaptchaService* captchas, const CodeSender* sender)
    : m_captchas(captchas)
    , m_sender(sender)
{
}

HttpReply RegistrationHandler::start(const RequestInfo& request, const StartRegistrationRequest& start) const
{
    // Input is checked before the captcha is spent, so a typo does not cost the user a new captcha.
    Registration registration;
    registration.region = start.region.toUpper();
    if (PhoneNumbers::callingCode(registration.region) == 0)
        return Replies::error(ErrorCode::InvalidField, request, QStringLiteral("region"));
    const bool byEmail = start.method == QLatin1String("email");
    const QString field = byEmail ? QStringLiteral("email") : QStringLiteral("phone");
    registration.channel = byEmail ? QStringLiteral("email") : QStringLiteral("sms");
    registration.destination = byEmail ? EmailAddress::normalize(start.email)
                                       : PhoneNumbers::toE164(start.phone, registration.region);
    if (registration.destination.isEmpty())
        return Replies::error(byEmail ? ErrorCode::EmailInvalid : ErrorCode::PhoneInvalid, request, field);
    registration.marketingOptIn = start.marketingOptIn;
    registration.language = start.language;

    QSqlDatabase db = Database::connection();
    if (!m_captchas->check(db, start.captcha))
        return Replies::error(ErrorCode::CaptchaWrong, request, QStringLiteral("captcha.answer"));
    // After the captcha, so finding out which addresses have accounts costs a captcha each.
    if (AccountStore(db).findByLogin(field + QLatin1Char(':') + registration.destination))
        return Replies::error(ErrorCode::AlreadyRegistered, request, field);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    registration.id = QString::fromLatin1(RequestInfo::newRequestId());
    registration.expiresAt = now + qint64(Registration::kLifetimeSeconds) * 1000;
    RegistrationStore store(db);
    if (!store.create(registration, now))
        return Replies::error(ErrorCode::Internal, request);
    registration.purpose = QStringLiteral("registration");
    VerificationStore codes = store.codes();
    const ApiError sendError
        = m_sender->send(codes, &registration, now, &request.logNote, confirmPath(registration.id));
    if (sendError) {
        // The client never learns this ID, so the registration is of no use to anyone.
        store.remove(registration.id);
        return Replies::error(sendError, request);
    }
    return Replies::json(m_sender->challenge(registration, now).toJson(), request, 201);
}

HttpReply RegistrationHandler::resend(const RequestInfo& request) const
{
    QSqlDatabase db = Database::connection();
    RegistrationStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Registration> registration = store.findLive(request.pathId, now);
    if (!registration)
        return Replies::error(ErrorCode::RegistrationNotFound, request);
    VerificationStore codes = store.codes();
    const ApiError sendError
        = m_sender->send(codes, &*registration, now, &request.logNote, confirmPath(registration->id));
    if (sendError)
        return Replies::error(sendError, request);
    return Replies::json(m_sender->challenge(*registration, now).toJson(), request);
}

HttpReply RegistrationHandler::status(const RequestInfo& request) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const std::optional<Registration> registration
        = RegistrationStore(Database::connection()).findLive(request.pathId, now);
    if (!registration)
        return Replies::error(ErrorCode::RegistrationNotFound, request);
    const CodeChallenge challenge = m_sender->challenge(*registration, now);
    RegistrationStatus status;
    status.id = registration->id;
    status.verified = registration->isVerified();
    status.sentTo = challenge.sentTo;
    status.channel = challenge.channel;
    status.resendAfter = challenge.resendAfter;
    status.expiresIn = challenge.expiresIn;
    return Replies::json(status.toJson(), request);
}
