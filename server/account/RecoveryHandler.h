// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountNotifier;
class ChallengeStore;
class CodeSender;
struct Challenge;
struct CompleteRecoveryRequest;
struct RecoverySendRequest;
struct RequestInfo;
struct VerifyCodeRequest;

// The steps of a recovery after POST /v1/recoveries (RecoveryStarter): send the code to the
// chosen channel, resend it, check it, and complete with a new password. A stand-in recovery (no
// account) goes through the same code and answers the same way; its codes never match.
class RecoveryHandler
{
public:
    RecoveryHandler(const CodeSender* sender, const AccountNotifier* notifier);
    HttpReply send(const RequestInfo& request, const RecoverySendRequest& send) const;
    HttpReply resend(const RequestInfo& request) const;
    HttpReply verify(const RequestInfo& request, const VerifyCodeRequest& verify) const;
    HttpReply complete(const RequestInfo& request, const CompleteRecoveryRequest& complete) const;

private:
    // Sends a code for the recovery to its destination and answers with the challenge.
    HttpReply sendCode(const RequestInfo& request, ChallengeStore& store, Challenge* challenge,
                       qint64 now) const;

    const CodeSender* m_sender;
    const AccountNotifier* m_notifier;
};
