// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountNotifier;
class CaptchaService;
class DeviceVerificationHandler;
struct RequestInfo;
struct SignInRequest;

// POST /v1/sessions. Runs on a worker thread (one Argon2id check is tens of milliseconds), with
// that thread's database connection, and applies the captcha and lock rules of LoginThrottle,
// for a device the account has never used the code of DeviceVerificationHandler, and, on an
// account with two-step verification on, a code from the authenticator app (TwoStepService).
// Writes the account's activity (ActivityStore): a sign-in with its session, a failed one counted
// per hour; a device new to the account has its owner told (AccountNotifier).
class SignInHandler
{
public:
    SignInHandler(CaptchaService* captchas, const DeviceVerificationHandler* newDevices,
                  const AccountNotifier* notifier, int accessTokenTtl);
    HttpReply handle(const RequestInfo& request, const SignInRequest& signIn) const;

private:
    CaptchaService* m_captchas;
    const DeviceVerificationHandler* m_newDevices;
    const AccountNotifier* m_notifier;
    int m_accessTokenTtl;
};
