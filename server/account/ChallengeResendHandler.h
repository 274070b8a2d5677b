#pragma once

#include "HttpReply.h"

class CodeSender;
struct RequestInfo;

// POST /v1/account/challenges/{id}/resend: a new code for a signed-in account's challenge (password,
// email or phone change), with the resend rules of every code.
class ChallengeResendHandler
{
public:
    ChallengeResendHandler(const CodeSender* sender, int accessTokenTtl);
    HttpReply resend(const RequestInfo& request) const;

private:
    const CodeSender* m_sender;
    int m_accessTokenTtl;
};
