// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class CaptchaService;
class CodeSender;
struct Challenge;
struct RequestInfo;
struct StartRecoveryRequest;

// POST /v1/recoveries: starts a forgotten-password recovery for an email, phone or account ID.
// A login without an account gets a stand-in recovery that answers exactly like a real one
// (same status, same fields, masked choices that fit the login, codes that never match), so the
// route cannot be used to find out who has an account. Runs on a worker thread.
class RecoveryStarter
{
public:
    RecoveryStarter(CaptchaService* captchas, const CodeSender* sender);
    HttpReply start(const RequestInfo& request, const StartRecoveryRequest& start) const;

private:
    // The stand-in's choices: the login itself for an email or a phone; for an account ID, an
    // email and a phone made up from the keyed hash of the login, the same each time.
    static void fakeChoices(const QString& loginKey, Challenge* challenge);

    CaptchaService* m_captchas;
    const CodeSender* m_sender;
};
