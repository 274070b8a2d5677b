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
    // A right code is not used up here: *verifiedChallenge names its challenge, for finish() once
    // every other check of the sign-in (two-step verification) has passed.
    ApiError check(QSqlDatabase db, const Account& account, const SignInRequest& signIn, QString* logNote,
                   bool always, QString* verifiedChallenge) const;
    // Uses the challenge check() accepted up (nothing when it named none): None for exactly one of
    // racing sign-ins, E-CHALLENGE-NOT-FOUND at deviceVerification.challengeId for the others.
    static ApiError finish(QSqlDatabase db, const QString& verifiedChallenge);
    // POST /v1/sessions/device-challenges/{id}/resend: a new code, under the usual resend rules.
    HttpReply resend(const RequestInfo& request) const;

private:
    ApiError sendCode(QSqlDatabase db, const Account& account, const SignInRequest& signIn,
                      QString* logNote) const;

    const CodeSender* m_sender;
    bool m_enabled;
};
