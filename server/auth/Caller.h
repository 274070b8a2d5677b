// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountStore.h"
#include "ErrorCode.h"

#include <QSqlDatabase>

struct RequestInfo;

// Who sent a request with "Authorization: Bearer <access token>": the signed-in account, and the
// session and device of the token. AccountServer::dispatch finds it once for every route that
// needs a token, and answers the error itself before the route's handler runs, so a handler never
// sees a request that is not signed in; the handlers of public routes get an empty one.
class Caller
{
public:
    qint64 sessionId = 0;
    QString deviceId; // the device of the session
    Account account;

    // None with *caller filled in, or E-UNAUTHORIZED, E-TOKEN-EXPIRED (E-INTERNAL when the
    // database fails: that is no reason for the app to drop its session).
    static ErrorCode authenticate(const RequestInfo& request, QSqlDatabase db, int accessTokenTtl,
                                  Caller* caller);
};
