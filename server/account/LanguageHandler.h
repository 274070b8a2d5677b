// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class Caller;
struct RequestInfo;
struct SetLanguageRequest;

// PUT /v1/account/language: the language the account's emails, SMS and link pages are written in
// from now on. Nothing is sent about it: it changes no way into the account.
class LanguageHandler
{
public:
    static HttpReply set(const RequestInfo& request, const SetLanguageRequest& set, const Caller& caller);
};
