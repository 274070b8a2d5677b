// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountNotifier;
class Caller;
struct RequestInfo;
struct TwoStepConfirmRequest;
struct TwoStepDisableRequest;
struct TwoStepSetupRequest;

// Two-step verification of the signed-in account (TwoStepService): POST /v1/account/two-step
// (the password asked again, then a new secret), POST /v1/account/two-step/confirm (the first
// code; two-step is on and the backup codes are shown once) and DELETE /v1/account/two-step (the
// password and a code). The owner's email and phone are told when it goes on or off. Runs on a
// worker thread (Argon2id).
class TwoStepHandler
{
public:
    explicit TwoStepHandler(const AccountNotifier* notifier);
    HttpReply start(const RequestInfo& request, const TwoStepSetupRequest& start, const Caller& caller) const;
    HttpReply confirm(const RequestInfo& request, const TwoStepConfirmRequest& confirm,
                      const Caller& caller) const;
    HttpReply disable(const RequestInfo& request, const TwoStepDisableRequest& disable,
                      const Caller& caller) const;

private:
    const AccountNotifier* m_notifier;
};
