// SPDX-License-Identifier: Apache-2.0
#include "LanguageHandler.h"

#include "AccountMessages.h"
#include "AccountStore.h"
#include "Caller.h"
#include "Database.h"
#include "Replies.h"

HttpReply LanguageHandler::set(const RequestInfo& request, const SetLanguageRequest& set,
                               const Caller& caller)
{
    // The decoder let only accountLanguages() through. Setting the language it has already is no
    // error: the row is matched all the same.
    if (!AccountStore(Database::connection()).setLanguage(caller.account.id, set.language))
        return Replies::error(ErrorCode::Internal, request);
    return Replies::noContent(request);
}
