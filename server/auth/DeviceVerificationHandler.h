// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include "HttpReply.h"
#include <QSqlDatabase>

class CodeSender;
struct Account;
struct RequestInfo;
struct SignInRequest;

// New-device verification, as the Mi Account does it: a sign-in with the right password from a
// device ID the account has never used gets no tokens until the owner enters a code sent to the
// bound email or phone. A stolen password alone then opens nothing. The challenge (purpose
// "device-verification") is tied to the account and the device ID; the client repeats
// POST /v1/sessions with deviceVerification {challengeId, code}. Runs on a worker thread.
class DeviceVerificationHandler
{
public:
    DeviceVerificationHandler(const CodeSender* sender, bool enabled);

    // After the password was found right. None when the device may sign in; otherwise
    // E-DEVICE-VERIFICATION-REQUIRED with the challenge, or the code's own errors.
    // always: ask for a code even from a known device (after too many failed sign-ins in a row).
    ApiError check(QSqlDatabase db, const Account& account, const SignInRequest& signIn,
                   QString* logNote, bool always = false) const;
    // POST /v1/sessions/device-challenges/{id}/resend: a new code, under the usual resend rules.
    HttpReply resend(const RequestInfo& request) const;

private:
    ApiError sendCode(QSqlDatabase db, const Account& account, const SignInRequest& signIn,
                      QString* logNote) const;

    const CodeSender* m_sender;
    bool m_enabled;
};
