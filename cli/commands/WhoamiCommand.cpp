// SPDX-License-Identifier: Apache-2.0
#include "WhoamiCommand.h"

#include "OutputFormatter.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

void WhoamiCommand::run(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return;
    const qint64 accountId = m_context->settings->currentAccount(m_context->server);
    if (accountId == 0) {
        fail(ApiError(ErrorCode::NotSignedIn));
        return;
    }
    Session* session = m_context->session;
    connect(session, &Session::profileChanged, this, [this](const AccountProfile& profile) {
        m_context->output->accountProfile(profile);
        finish(0);
    });
    connect(session, &Session::failed, this, [this](const ApiError& error) { fail(error); });
    session->restore(accountId);
}
