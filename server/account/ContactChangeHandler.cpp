// SPDX-License-Identifier: Apache-2.0
#include "ContactChangeHandler.h"

#include "AccountChallenge.h"
#include "AccountChangeMessages.h"
#include "AccountMessages.h"
#include "AccountNotifier.h"
#include "ActivityStore.h"
#include "Caller.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "LoginThrottle.h"
#include "PasswordHasher.h"
#include "RecoveryLimiter.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "WriteTransaction.h"
#include "validation/PhoneNumbers.h"

#include <QDateTime>

struct ContactChangeHandler::Target
{
    QString column; // "email" or "phone": the accounts column and the request field
    QString channel; // "email" or "sms"
    QString purpose; // of the code: "email-change"
    QString notice; // to the old address, and the activity event: "email-changed"
};

ContactChangeHandler::ContactChangeHandler(const CodeSender* sender, const AccountNotifier* notifier)
    : m_sender(sender)
    , m_notifier(notifier)
{
}

const ContactChangeHandler::Target& ContactChangeHandler::targetOf(Contact contact)
{
    static const Target email { QStringLiteral("email"), QStringLiteral("email"),
                                QStringLiteral("email-change"), QStringLiteral("email-changed") };
    static const Target phone { QStringLiteral("phone"), QStringLiteral("sms"),
                                QStringLiteral("phone-change"), QStringLiteral("phone-changed") };
    return contact == Contact::Email ? email : phone;
}

HttpReply ContactChangeHandler::changeEmail(const RequestInfo& request, const ChangeEmailRequest& change,
                                            const Caller& caller) const
{
    const QString email = AccountStore::normalizeEmail(change.email);
    if (email.isEmpty())
        return Replies::error(ErrorCode::EmailInvalid, request, QStringLiteral("email"));
    return start(request, caller, targetOf(Contact::Email), email, change.password);
}

HttpReply ContactChangeHandler::changePhone(const RequestInfo& request, const ChangePhoneRequest& change,
                                            const Caller& caller) const
{
    const QString region = change.region.toUpper();
    if (PhoneNumbers::callingCode(region) == 0)
        return Replies::error(ErrorCode::InvalidField, request, QStringLiteral("region"));
    const QString phone = PhoneNumbers::toE164(change.phone, region);
    if (phone.isEmpty())
        return Replies::error(ErrorCode::PhoneInvalid, request, QStringLiteral("phone"));
    return start(request, caller, targetOf(Contact::Phone), phone, change.password);
}

HttpReply ContactChangeHandler::start(const RequestInfo& request, const Caller& caller, const Target& target,
                                      const QString& value, const QString& password) const
{
    QSqlDatabase db = Database::connection();
    const Account& account = caller.account;

    // A session on an unattended computer must not be enough to take the account over: the
    // password is asked again, and wrong ones count towards the account's sign-in lock.
    LoginThrottle throttle(db);
    const QString throttleKey = QStringLiteral("account:%1").arg(account.id);
    if (const QDateTime until = throttle.lockedUntil(throttleKey); until.isValid()) {
        ApiError error(ErrorCode::LoginLocked, QStringLiteral("password"));
        error.until = until;
        return Replies::error(error, request);
    }
    if (!PasswordHasher::verify(account.passwordHash, password)) {
        if (throttle.recordFailure(throttleKey) >= LoginThrottle::kLockAfter) {
            ApiError error(ErrorCode::LoginLocked, QStringLiteral("password"));
            error.until = throttle.lock(throttleKey);
            return Replies::error(error, request);
        }
        return Replies::error(ErrorCode::PasswordWrong, request, QStringLiteral("password"));
    }
    const QString current = target.column == QLatin1String("email") ? account.email : account.phone;
    if (value == current)
        return Replies::error(ErrorCode::InvalidField, request, target.column);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Every start sends a message to an address the caller chose: a few an hour per account (and
    // per client address), so a session cannot be used to mail strangers without end.
    RecoveryLimiter limiter(db);
    const QString limitKey = QStringLiteral("contact-change:account:%1").arg(account.id);
    const QString addressKey = QStringLiteral("contact-change:addr:") + request.remoteAddress.toString();
    if (const QDateTime until = limiter.record(limitKey, addressKey, now); until.isValid()) {
        ApiError error(ErrorCode::RateLimited);
        error.until = until;
        return Replies::error(error, request);
    }
    // An address another account has gets the same answer as a free one, so a signed-in stranger
    // cannot test addresses for accounts: the challenge is made as usual but its code is never
    // delivered (it can only be answered wrongly), and the address's owner is told instead.
    const std::optional<Account> owner
        = AccountStore(db).findByLogin(target.column + QLatin1Char(':') + value);
    const bool taken = owner && owner->id != account.id;

    Challenge challenge;
    challenge.silent = taken;
    challenge.purpose = target.purpose;
    challenge.accountId = account.id;
    challenge.channel = target.channel;
    challenge.destination = value;
    if (const ApiError error = AccountChallenge::open(m_sender, db, &challenge, now, &request.logNote))
        return Replies::error(error, request);
    if (taken)
        m_notifier->notify(target.channel, value, QStringLiteral("contact-taken"), owner->language,
                           &request.logNote);
    return Replies::json(m_sender->challenge(challenge, now).toJson(QStringLiteral("challengeId")), request,
                         201);
}

HttpReply ContactChangeHandler::confirm(const RequestInfo& request, Contact contact,
                                        const ConfirmContactRequest& confirm, const Caller& caller) const
{
    const Target& target = targetOf(contact);
    QSqlDatabase db = Database::connection();
    ChallengeStore store(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Challenge challenge;
    if (const ApiError error = AccountChallenge::claim(store, target.purpose, caller.account.id,
                                                       confirm.challengeId, confirm.code, now, &challenge))
        return Replies::error(error, request);

    AccountStore accounts(db);
    // The new address and its activity event are one change.
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return Replies::error(ErrorCode::Internal, request);
    switch (accounts.setContact(caller.account.id, target.column, challenge.destination)) {
    case AccountStore::UpdateResult::Updated:
        break;
    case AccountStore::UpdateResult::Taken: // another account took it since the code was sent
        return Replies::error(ErrorCode::AlreadyRegistered, request, target.column);
    case AccountStore::UpdateResult::Failed:
        return Replies::error(ErrorCode::Internal, request);
    }
    if (!ActivityStore(db).recordOnDevice(caller.account.id, target.notice, request.remoteAddress,
                                          caller.deviceId)
        || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    // The old address hears of it, so a takeover does not go unnoticed; it gets no code.
    const QString old = target.column == QLatin1String("email") ? caller.account.email : caller.account.phone;
    m_notifier->notify(target.channel, old, target.notice, caller.account.language, &request.logNote);

    const std::optional<Account> account = accounts.find(caller.account.id);
    if (!account)
        return Replies::error(ErrorCode::Internal, request);
    return Replies::json(account->profile().toJson(), request);
}
