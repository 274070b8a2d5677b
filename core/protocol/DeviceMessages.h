// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"
#include "TwoStepMessages.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// One device bound to the account, as GET /v1/devices lists it:
// {id, name, kind, platform, firstSeen, lastSeen, current}
struct BoundDevice
{
    QString id;
    QString name;
    QString kind; // one of DeviceInfo::kinds()
    QString platform;
    QDateTime firstSeen; // UTC, whole seconds
    QDateTime lastSeen; // updated at most once a minute
    bool current = false; // the device of the session that asked

    AM_JSON_MESSAGE(BoundDevice);
};

// GET /v1/devices: {devices: [BoundDevice]}, most recently seen first.
struct DeviceList
{
    QList<BoundDevice> devices;

    AM_JSON_MESSAGE(DeviceList);
};

// DELETE /v1/devices/{id}: {password}, the account's password asked again -> 204.
struct UnbindDeviceRequest
{
    QString password;

    AM_JSON_MESSAGE(UnbindDeviceRequest);
};

// DELETE /v1/sessions/others: {password}, asked again -> 204. Every session of the account but
// the caller's ends; the devices stay bound (they sign in again with the password).
using SignOutOthersRequest = UnbindDeviceRequest;

// DELETE /v1/account: {password, challengeId, code, twoStep?} -> 204. The challenge comes from
// POST /v1/account/deletion/challenges ({via?}, as PasswordChallengeRequest). With two-step
// verification on, a request without twoStep is answered E-TWO-STEP-REQUIRED (the challenge stays).
struct DeleteAccountRequest
{
    QString password;
    QString challengeId;
    QString code;
    std::optional<TwoStepAnswer> twoStep;

    AM_JSON_MESSAGE(DeleteAccountRequest);
};
