// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HttpReply.h"

class Caller;
struct RequestInfo;

// GET /v1/account/activity?before=TIME&limit=N: a page of the signed-in account's activity
// (ActivityStore), newest first. A query that does not read (ActivityQuery) is E-FIELD-INVALID
// at before or limit. Quick: runs on the connection's thread.
class ActivityHandler
{
public:
    static HttpReply page(const RequestInfo& request, const Caller& caller);
};
