// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountNotifier;
class Caller;
struct RequestInfo;
struct UnbindDeviceRequest;
using SignOutOthersRequest = UnbindDeviceRequest;

// GET /v1/devices and DELETE /v1/devices/{id}. Unbinding asks for the password again: only the
// owner may unbind a device, which is what keeps a stolen phone from being freed of the account.
// Unbinding the caller's own device signs it out too. Runs on a worker thread (Argon2id).
class DeviceHandler
{
public:
    static HttpReply list(const RequestInfo& request, const Caller& caller);
    // The owner is told (notifier), as of every change that matters to the account's safety.
    static HttpReply unbind(const RequestInfo& request, const UnbindDeviceRequest& unbind,
                            const Caller& caller, const AccountNotifier* notifier);
    // DELETE /v1/sessions/others: "sign out on all other devices" (password asked again). The
    // sessions go with the signed-out-everywhere event in one transaction; devices stay bound.
    static HttpReply signOutOthers(const RequestInfo& request, const SignOutOthersRequest& signOut,
                                   const Caller& caller, const AccountNotifier* notifier);
};
