#include "AccountDeletionHandler.h"

#include "AccountChallenge.h"
#include "AccountChangeMessages.h"
#include "AccountEraser.h"
#include "AccountNotifier.h"
#include "Caller.h"
#include "ChallengeStore.h"
#include "CodeSender.h"
#include "Database.h"
#include "DeviceMessages.h"
#include "DeviceStore.h"
#include "Outbox.h"
#include "OwnContactChallenge.h"
#include "PasswordRecheck.h"
#include "Replies.h"
#include "RequestInfo.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
const QString kPurpose = QStringLiteral("account-deletion");

// E-DEVICES-STILL-BOUND listing the devices other than the caller's; no error when there are none.
ApiError boundDevices(QSqlDatabase db, qint64 accountId, const QString& callerDeviceId)
{
    ApiError error;
    for (const BoundDevice& device : DeviceStore(db).list(accountId, callerDeviceId)) {
        if (!device.current)
            error.devices.append(device.toJson());
    }
    if (!error.devices.isEmpty()) {
        const QJsonArray devices = error.devices;
        error = ApiError(ErrorCode::DevicesStillBound);
        error.devices = devices;
    }
    return error;
}
} // namespace

AccountDeletionHandler::AccountDeletionHandler(const CodeSender* sender, const AccountNotifier* notifier,
                                               Outbox* outbox)
    : m_sender(sender)
    , m_notifier(notifier)
    , m_outbox(outbox)
{
}

HttpReply AccountDeletionHandler::startChallenge(const RequestInfo& request, const QJsonObject& body,
                                                 const Caller& caller) const
{
    QSqlDatabase db = Database::connection();
    ApiError decodeError;
    const PasswordChallengeRequest start = PasswordChallengeRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);
    // No code for a deletion that would be refused anyway.
    if (const ApiError bound = boundDevices(db, caller.account.id, caller.deviceId))
        return Replies::error(bound, request);

    return OwnContactChallenge::start(m_sender, kPurpose, request, db, caller.account, start.via);
}

HttpReply AccountDeletionHandler::deleteAccount(const RequestInfo& request, const QJsonObject& body,
                                                const Caller& caller) const
{
    QSqlDatabase db = Database::connection();
    ApiError decodeError;
    const DeleteAccountRequest deletion = DeleteAccountRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);
    if (const ApiError bound = boundDevices(db, caller.account.id, caller.deviceId))
        return Replies::error(bound, request);
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, deletion.password))
        return Replies::error(wrong, request);

    ChallengeStore store(db);
    Challenge challenge;
    if (const ApiError error
        = AccountChallenge::check(store, kPurpose, caller.account.id, deletion.challengeId, deletion.code,
                                  QDateTime::currentMSecsSinceEpoch(), &challenge))
        return Replies::error(error, request);
    if (!store.finish(challenge.id, QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(ErrorCode::ChallengeNotFound, request, QStringLiteral("challengeId"));

    // Sent while the addresses still exist: after the erase nothing knows where to write.
    m_notifier->notifyAll(caller.account, QStringLiteral("account-deleted"), &request.logNote);
    if (!AccountEraser(db).erase(caller.account))
        return Replies::error(ErrorCode::Internal, request);
    // The codes and messages the outbox holds for the addresses go too (the notice just sent stays,
    // as a delivered message would, until the outbox is pruned).
    m_outbox->erase({ caller.account.email, caller.account.phone }, QStringLiteral("account-deleted"));
    return Replies::noContent(request);
}
