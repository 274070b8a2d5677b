// SPDX-License-Identifier: Apache-2.0
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
#include "TwoStepService.h"

#include <QDateTime>
#include <QJsonArray>

namespace {
const QString kPurpose = QStringLiteral("account-deletion");

// E-DEVICES-STILL-BOUND listing the devices other than the caller's; no error when there are none.
ApiError boundDevices(const Caller& caller)
{
    ApiError error;
    for (const BoundDevice& device :
         DeviceStore(Database::connection()).list(caller.account.id, caller.deviceId)) {
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

HttpReply AccountDeletionHandler::startChallenge(const RequestInfo& request,
                                                 const PasswordChallengeRequest& start,
                                                 const Caller& caller) const
{
    // No code for a deletion that would be refused anyway.
    if (const ApiError bound = boundDevices(caller))
        return Replies::error(bound, request);
    return OwnContactChallenge::start(m_sender, kPurpose, request, caller.account, start.via);
}

HttpReply AccountDeletionHandler::deleteAccount(const RequestInfo& request,
                                                const DeleteAccountRequest& deletion,
                                                const Caller& caller) const
{
    if (const ApiError bound = boundDevices(caller))
        return Replies::error(bound, request);
    QSqlDatabase db = Database::connection();
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, deletion.password))
        return Replies::error(wrong, request);

    ChallengeStore store(db);
    Challenge challenge;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const ApiError error = AccountChallenge::check(store, kPurpose, caller.account.id,
                                                       deletion.challengeId, deletion.code, now, &challenge))
        return Replies::error(error, request);
    // On a two-step account the app's code too; without it the challenge and its code stay for the
    // retry, so the challenge is used up only after.
    if (const ApiError twoStep = TwoStepService(db).require(caller.account, deletion.twoStep, now))
        return Replies::error(twoStep, request);
    if (const ApiError used = AccountChallenge::finish(store, challenge, QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(used, request);

    // Sent while the addresses still exist: after the erase nothing knows where to write.
    m_notifier->notifyAll(caller.account, QStringLiteral("account-deleted"), &request.logNote);
    if (!AccountEraser(db).erase(caller.account))
        return Replies::error(ErrorCode::Internal, request);
    // The codes and messages the outbox holds for the addresses go too (the notice just sent stays,
    // as a delivered message would, until the outbox is pruned).
    m_outbox->erase({ caller.account.email, caller.account.phone }, QStringLiteral("account-deleted"));
    return Replies::noContent(request);
}
