// SPDX-License-Identifier: Apache-2.0
#include "DeviceHandler.h"

#include "AccountNotifier.h"
#include "ActivityStore.h"
#include "Caller.h"
#include "Database.h"
#include "DeviceMessages.h"
#include "DeviceStore.h"
#include "PasswordRecheck.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "TokenService.h"
#include "WriteTransaction.h"

HttpReply DeviceHandler::list(const RequestInfo& request, const Caller& caller)
{
    QSqlDatabase db = Database::connection();
    DeviceList reply;
    reply.devices = DeviceStore(db).list(caller.account.id, caller.deviceId);
    return Replies::json(reply.toJson(), request);
}

HttpReply DeviceHandler::unbind(const RequestInfo& request, const UnbindDeviceRequest& unbind,
                                const Caller& caller, const AccountNotifier* notifier)
{
    QSqlDatabase db = Database::connection();
    DeviceStore devices(db);
    // The list is the owner's anyway (GET /v1/devices), so saying "no such device" before the
    // password costs nothing and spares a hash.
    if (!devices.contains(caller.account.id, request.pathId))
        return Replies::error(ErrorCode::DeviceNotFound, request);
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, unbind.password))
        return Replies::error(wrong, request);
    // The device's sessions end with it, in one transaction. Gone meanwhile (a racing unbind): the
    // same answer as an unknown one.
    WriteTransaction transaction(db);
    // The event names the device unbound, read before it goes.
    if (!transaction.isActive()
        || !ActivityStore(db).recordOnDevice(caller.account.id, QStringLiteral("device-unbound"),
                                             request.remoteAddress, request.pathId)
        || !TokenService(db, 0).revokeDeviceSessions(caller.account.id, request.pathId)
        || !devices.unbind(caller.account.id, request.pathId) || !transaction.commit())
        return Replies::error(ErrorCode::DeviceNotFound, request);
    notifier->notifyAll(caller.account, QStringLiteral("device-unbound"), &request.logNote);
    if (request.pathId == caller.deviceId)
        request.logNote = QStringLiteral("own device unbound");
    return Replies::noContent(request);
}

HttpReply DeviceHandler::signOutOthers(const RequestInfo& request, const SignOutOthersRequest& signOut,
                                       const Caller& caller, const AccountNotifier* notifier)
{
    QSqlDatabase db = Database::connection();
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, signOut.password))
        return Replies::error(wrong, request);
    WriteTransaction transaction(db);
    if (!transaction.isActive()
        || !ActivityStore(db).recordOnDevice(caller.account.id, QStringLiteral("signed-out-everywhere"),
                                             request.remoteAddress, caller.deviceId)
        || !TokenService(db, 0).revokeAccountSessions(caller.account.id, caller.sessionId)
        || !transaction.commit())
        return Replies::error(ErrorCode::Internal, request);
    notifier->notifyAll(caller.account, QStringLiteral("signed-out-everywhere"), &request.logNote);
    return Replies::noContent(request);
}
