#pragma once

#include "AccountStore.h"
#include "ErrorCode.h"

#include <QSqlDatabase>

struct RequestInfo;

// The account and session behind "Authorization: Bearer …", for the routes that change an account.
class BearerAuth
{
public:
    ErrorCode error = ErrorCode::None; // E-UNAUTHORIZED or E-TOKEN-EXPIRED when not signed in
    qint64 sessionId = 0;
    QString deviceId; // the device of the session
    Account account;

    static BearerAuth of(const RequestInfo& request, QSqlDatabase db, int accessTokenTtl);
};
