// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class AccountNotifier;
class CodeSender;
class Caller;
struct DeleteAccountRequest;
struct PasswordChallengeRequest;
struct RequestInfo;

// Deleting the signed-in account: POST /v1/account/deletion/challenges sends a code to the bound
// email or phone (the rules of the password change), DELETE /v1/account takes the password, the
// challenge and its code and erases the account (AccountEraser). Refused while a device other than
// the caller's is bound: those devices would keep the account ID inside and stop working properly,
// so the owner unbinds them first, as the Mi Account asks. Runs on a worker thread.
class Outbox;

class AccountDeletionHandler
{
public:
    AccountDeletionHandler(const CodeSender* sender, const AccountNotifier* notifier, Outbox* outbox);
    HttpReply startChallenge(const RequestInfo& request, const PasswordChallengeRequest& start,
                             const Caller& caller) const;
    HttpReply deleteAccount(const RequestInfo& request, const DeleteAccountRequest& deletion,
                            const Caller& caller) const;

private:
    const CodeSender* m_sender;
    const AccountNotifier* m_notifier;
    Outbox* m_outbox;
};
