// SPDX-License-Identifier: Apache-2.0
#include "ActivityHandler.h"

#include "ActivityMessages.h"
#include "ActivityStore.h"
#include "Caller.h"
#include "Database.h"
#include "Replies.h"
#include "RequestInfo.h"

HttpReply ActivityHandler::page(const RequestInfo& request, const Caller& caller)
{
    ApiError queryError;
    const ActivityQuery query = ActivityQuery::fromQuery(request.query, &queryError);
    if (queryError)
        return Replies::error(queryError, request);
    const ActivityPage page
        = ActivityStore(Database::connection()).page(caller.account.id, query.before, query.limit);
    return Replies::json(page.toJson(), request);
}
