// SPDX-License-Identifier: Apache-2.0
#include "RegistrationCompleter.h"

#include "AccountStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "PasswordHasher.h"
#include "RegistrationMessages.h"
#include "RegistrationStore.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "SessionMessages.h"
#include "TokenService.h"
#include "validation/PasswordPolicy.h"

#include <QDateTime>

RegistrationCompleter::RegistrationCompleter(int accessTokenTtl)
    : m_accessTokenTtl(accessTokenTtl)
{
}

HttpReply RegistrationCompleter::complete(const RequestInfo& request,
                                          const CompleteRegistrationRequest& complete) const
{
    QSqlDatabase db = Database::connection();
    RegistrationStore store(db);
    const std::optional<Registration> registration
        = store.findLive(request.pathId, QDateTime::currentMSecsSinceEpoch());
    if (!registration)
        return Replies::error(ErrorCode::RegistrationNotFound, request);
    if (!registration->isVerified())
        return Replies::error(ErrorCode::NotVerified, request);
    const QList<PasswordPolicy::Problem> problems
        = PasswordPolicy::check(complete.password, registration->destination);
    if (!problems.isEmpty()) {
        ApiError error(ErrorCode::PasswordWeak, QStringLiteral("password"));
        for (PasswordPolicy::Problem problem : problems)
            error.reasons.append(PasswordPolicy::reasonName(problem));
        return Replies::error(error, request);
    }

    Account account;
    const bool byEmail = registration->channel == QLatin1String("email");
    (byEmail ? account.email : account.phone) = registration->destination;
    account.region = registration->region;
    account.marketingOptIn = registration->marketingOptIn;
    account.language = registration->language;
    account.passwordHash = PasswordHasher::hash(complete.password);
    if (account.passwordHash.isEmpty())
        return Replies::error(ErrorCode::Internal, request);
    // Claimed after the slow hash: of two racing requests exactly one creates the account.
    if (!store.finish(registration->id, QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(ErrorCode::RegistrationNotFound, request);

    AccountStore accounts(db);
    switch (accounts.create(&account)) {
    case AccountStore::CreateResult::Created:
        break;
    case AccountStore::CreateResult::EmailTaken:
    case AccountStore::CreateResult::PhoneTaken:
        // Someone registered the same address or number meanwhile.
        return Replies::error(ErrorCode::AlreadyRegistered, request,
                              byEmail ? QStringLiteral("email") : QStringLiteral("phone"));
    case AccountStore::CreateResult::Failed:
        return Replies::error(ErrorCode::Internal, request);
    }
    DeviceStore(db).bindSignedIn(account.id, complete.device);
    // Registering proved the email or phone: this computer is known to the new account.
    const QString deviceSecret
        = DeviceStore(db).trustAfterSignIn(account.id, complete.device.id, complete.deviceSecret);
    TokenService tokens(db, m_accessTokenTtl);
    const TokenService::Grant grant = tokens.startSession(account.id, complete.device.id);
    if (grant.error != ErrorCode::None)
        return Replies::error(grant.error, request);
    TokenResponse response = tokens.response(account.id, grant.tokens);
    response.deviceSecret = deviceSecret;
    return Replies::json(response.toJson(), request);
}
