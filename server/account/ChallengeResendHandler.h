// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class CodeSender;
class Caller;
struct RequestInfo;

// POST /v1/account/challenges/{id}/resend: a new code for a signed-in account's challenge (password,
// email or phone change), with the resend rules of every code.
class ChallengeResendHandler
{
public:
    explicit ChallengeResendHandler(const CodeSender* sender);
    HttpReply resend(const RequestInfo& request, const Caller& caller) const;

private:
    const CodeSender* m_sender;
};
