// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"
#include "protocol/AccountChangeMessages.h"

#include <QString>

class AccountNotifier;
class CodeSender;
class Caller;
struct RequestInfo;

// PUT /v1/account/email and PUT /v1/account/phone: bind or change the account's email or phone.
// First {email | phone + region, password}: the current password is asked again (Argon2id, on this
// worker thread) and a code goes to the NEW address or number; then {challengeId, code} saves it
// and tells the old one, if any, that it was replaced.
class ContactChangeHandler
{
public:
    enum class Contact { Email, Phone };

    ContactChangeHandler(const CodeSender* sender, const AccountNotifier* notifier);
    // The first step: the new address or number, and the password.
    HttpReply changeEmail(const RequestInfo& request, const ChangeEmailRequest& change,
                          const Caller& caller) const;
    HttpReply changePhone(const RequestInfo& request, const ChangePhoneRequest& change,
                          const Caller& caller) const;
    // The second step, the same for both: the challenge and its code.
    HttpReply confirm(const RequestInfo& request, Contact contact, const ConfirmContactRequest& confirm,
                      const Caller& caller) const;

private:
    struct Target; // what is being changed: email or phone, and its names
    static const Target& targetOf(Contact contact);
    HttpReply start(const RequestInfo& request, const Caller& caller, const Target& target,
                    const QString& value, const QString& password) const;

    const CodeSender* m_sender;
    const AccountNotifier* m_notifier;
};
