// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

struct CompleteRegistrationRequest;
struct RequestInfo;

// POST /v1/registrations/{id}/complete: checks the password against PasswordPolicy (the rule code
// the app shows), hashes it with Argon2id (on the worker thread this runs on), creates the account,
// records the device and signs it in, answering like POST /v1/sessions.
class RegistrationCompleter
{
public:
    explicit RegistrationCompleter(int accessTokenTtl);
    HttpReply complete(const RequestInfo& request, const CompleteRegistrationRequest& complete) const;

private:
    int m_accessTokenTtl;
};
