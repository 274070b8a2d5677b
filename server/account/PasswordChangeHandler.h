// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountNotifier;
class CodeSender;
class Caller;
struct ChangePasswordRequest;
struct PasswordChallengeRequest;
struct RequestInfo;

// Changing the password of a signed-in account: POST /v1/account/password/challenges sends a code
// to the bound email or phone, POST /v1/account/password checks it and sets the new password,
// signs every other session out, gives this one fresh tokens and notifies the owner. Runs on a
// worker thread (delivery, Argon2id).
class PasswordChangeHandler
{
public:
    PasswordChangeHandler(const CodeSender* sender, const AccountNotifier* notifier, int accessTokenTtl);
    HttpReply startChallenge(const RequestInfo& request, const PasswordChallengeRequest& start,
                             const Caller& caller) const;
    HttpReply change(const RequestInfo& request, const ChangePasswordRequest& change,
                     const Caller& caller) const;

private:
    const CodeSender* m_sender;
    const AccountNotifier* m_notifier;
    int m_accessTokenTtl;
};
