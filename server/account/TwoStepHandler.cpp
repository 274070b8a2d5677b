// SPDX-License-Identifier: Apache-2.0
#include "TwoStepHandler.h"

#include "AccountNotifier.h"
#include "ActivityStore.h"
#include "Caller.h"
#include "Database.h"
#include "PasswordRecheck.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "TwoStepMessages.h"
#include "TwoStepService.h"

#include <QDateTime>

TwoStepHandler::TwoStepHandler(const AccountNotifier* notifier)
    : m_notifier(notifier)
{
}

HttpReply TwoStepHandler::start(const RequestInfo& request, const TwoStepSetupRequest& start,
                                const Caller& caller) const
{
    // Said before the password is hashed: the profile tells the caller as much anyway.
    if (caller.account.twoStep)
        return Replies::error(ErrorCode::TwoStepAlreadyOn, request);
    QSqlDatabase db = Database::connection();
    // A session alone (a computer left signed in) must not be able to add a second factor only the
    // person at it holds: the password is asked again, and wrong ones count towards the lock.
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, start.password))
        return Replies::error(wrong, request);
    TwoStepSetup setup;
    if (const ApiError error
        = TwoStepService(db).start(caller.account, QDateTime::currentMSecsSinceEpoch(), &setup))
        return Replies::error(error, request);
    return Replies::json(setup.toJson(), request, 201);
}

HttpReply TwoStepHandler::confirm(const RequestInfo& request, const TwoStepConfirmRequest& confirm,
                                  const Caller& caller) const
{
    QSqlDatabase db = Database::connection();
    TwoStepBackupCodes codes;
    const auto recordEvent = [&] {
        return ActivityStore(db).recordOnDevice(caller.account.id, QStringLiteral("two-step-enabled"),
                                                request.remoteAddress, caller.deviceId);
    };
    if (const ApiError error = TwoStepService(db).confirm(
            caller.account, confirm, QDateTime::currentMSecsSinceEpoch(), &codes, recordEvent))
        return Replies::error(error, request);
    m_notifier->notifyAll(caller.account, QStringLiteral("two-step-on"), &request.logNote);
    return Replies::json(codes.toJson(), request);
}

HttpReply TwoStepHandler::disable(const RequestInfo& request, const TwoStepDisableRequest& disable,
                                  const Caller& caller) const
{
    if (!caller.account.twoStep)
        return Replies::error(ErrorCode::TwoStepOff, request);
    QSqlDatabase db = Database::connection();
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, disable.password))
        return Replies::error(wrong, request);
    TwoStepService twoStep(db);
    if (const ApiError wrong = twoStep.check(caller.account, disable.code, QStringLiteral("code"),
                                             QDateTime::currentMSecsSinceEpoch()))
        return Replies::error(wrong, request);
    // Switched off meanwhile by a racing request: the same answer as if it had been off.
    if (!twoStep.disable(caller.account.id, [&] {
            return ActivityStore(db).recordOnDevice(caller.account.id, QStringLiteral("two-step-disabled"),
                                                    request.remoteAddress, caller.deviceId);
        }))
        return Replies::error(ErrorCode::TwoStepOff, request);
    m_notifier->notifyAll(caller.account, QStringLiteral("two-step-off"), &request.logNote);
    return Replies::noContent(request);
}
