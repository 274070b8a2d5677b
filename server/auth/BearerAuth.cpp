#include "BearerAuth.h"

#include "RequestInfo.h"
#include "TokenService.h"

BearerAuth BearerAuth::of(const RequestInfo& request, QSqlDatabase db, int accessTokenTtl)
{
    BearerAuth auth;
    const TokenService::Grant grant = TokenService(db, accessTokenTtl).authenticate(request.bearerToken());
    if (grant.error != ErrorCode::None) {
        auth.error = grant.error;
        return auth;
    }
    const std::optional<Account> account = AccountStore(db).find(grant.accountId);
    if (!account) {
        auth.error = ErrorCode::Unauthorized;
        return auth;
    }
    auth.sessionId = grant.sessionId;
    auth.deviceId = grant.deviceId;
    auth.account = *account;
    return auth;
}
