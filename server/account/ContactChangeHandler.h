#pragma once

#include "HttpReply.h"

#include <QJsonObject>

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
    ContactChangeHandler(const CodeSender* sender, const AccountNotifier* notifier);
    HttpReply changeEmail(const RequestInfo& request, const QJsonObject& body, const Caller& caller) const;
    HttpReply changePhone(const RequestInfo& request, const QJsonObject& body, const Caller& caller) const;

private:
    struct Target; // what is being changed: email or phone, and its names
    HttpReply start(const RequestInfo& request, const Caller& caller, const Target& target,
                    const QString& value, const QString& password) const;
    HttpReply confirm(const RequestInfo& request, const Caller& caller, const Target& target,
                      const QJsonObject& body) const;

    const CodeSender* m_sender;
    const AccountNotifier* m_notifier;
};
