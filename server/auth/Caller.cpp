// SPDX-License-Identifier: Apache-2.0
#include "Caller.h"

#include "RequestInfo.h"
#include "TokenService.h"

ErrorCode Caller::authenticate(const RequestInfo& request, QSqlDatabase db, int accessTokenTtl,
                               Caller* caller)
{
    const TokenService::Grant grant = TokenService(db, accessTokenTtl).authenticate(request.bearerToken());
    if (grant.error != ErrorCode::None)
        return grant.error;
    // A session outliving its account would be a bug elsewhere; it still signs nobody in.
    const std::optional<Account> account = AccountStore(db).find(grant.accountId);
    if (!account)
        return ErrorCode::Unauthorized;
    caller->sessionId = grant.sessionId;
    caller->deviceId = grant.deviceId;
    caller->account = *account;
    return ErrorCode::None;
}
