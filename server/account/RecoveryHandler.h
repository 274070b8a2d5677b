#pragma once

#include "HttpReply.h"
#include <QJsonObject>

class AccountNotifier;
class CodeSender;
struct RequestInfo;

// The steps of a recovery after POST /v1/recoveries (RecoveryStarter): send the code to the
// chosen channel, resend it, check it, and complete with a new password. A stand-in recovery (no
// account) goes through the same code and answers the same way; its codes never match.
class RecoveryHandler
{
public:
    RecoveryHandler(const CodeSender* sender, const AccountNotifier* notifier);
    HttpReply send(const RequestInfo& request, const QJsonObject& body) const;
    HttpReply resend(const RequestInfo& request) const;
    HttpReply verify(const RequestInfo& request, const QJsonObject& body) const;
    HttpReply complete(const RequestInfo& request, const QJsonObject& body) const;

private:
    const CodeSender* m_sender;
    const AccountNotifier* m_notifier;
};
