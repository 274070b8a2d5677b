// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

#include <QString>

class CodeSender;
struct Account;
struct RequestInfo;

// A challenge that a signed-in account answers with a code sent to its own email or phone (a
// password change, an account deletion): `via` picks which one, and must when both are bound, as
// the server cannot know which one the user can read now. Creates the challenge, sends its code and
// answers 201 with it, or the error at the field.
class OwnContactChallenge
{
public:
    static HttpReply start(const CodeSender* sender, const QString& purpose, const RequestInfo& request,
                           const Account& account, const QString& via);
};
