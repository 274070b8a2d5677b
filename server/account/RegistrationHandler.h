// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountStore;
class CaptchaService;
class CodeSender;
struct RequestInfo;
struct StartRegistrationRequest;

// POST /v1/registrations, POST /v1/registrations/{id}/resend and GET /v1/registrations/{id}.
// Runs on a worker thread: delivery waits for an SMTP server or an SMS gateway.
class RegistrationHandler
{
public:
    RegistrationHandler(CaptchaService* captchas, const CodeSender* sender);
    HttpReply start(const RequestInfo& request, const StartRegistrationRequest& start) const;
    HttpReply resend(const RequestInfo& request) const;
    HttpReply status(const RequestInfo& request) const;

private:
    CaptchaService* m_captchas;
    const CodeSender* m_sender;
};
