// SPDX-License-Identifier: Apache-2.0
#include "AccountCommand.h"

#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <memory>

void AccountCommand::run(const QStringList& arguments)
{
    if (readArguments(arguments))
        withSession([this] { start(); });
}

bool AccountCommand::readArguments(const QStringList& arguments)
{
    return noArguments(arguments);
}

void AccountCommand::withSession(std::function<void()> then)
{
    restoreSession([this, then](const ApiError& error) {
        if (error)
            fail(error);
        else
            then();
    });
}

void AccountCommand::restoreSession(std::function<void(const ApiError& error)> then)
{
    m_accountId = m_context->settings->currentAccount(m_context->server);
    if (m_accountId == 0) {
        fail(ApiError(ErrorCode::NotSignedIn));
        return;
    }
    Session* session = m_context->session;
    // Single shot: later failures (a refresh during the command, signOut()'s keychain trouble) are
    // the command's own business.
    auto signedIn = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    auto done = [signedIn, failed, then](const ApiError& error) {
        disconnect(*signedIn);
        disconnect(*failed);
        then(error);
    };
    *signedIn = connect(session, &Session::signedIn, this, [done] { done({}); });
    *failed = connect(session, &Session::failed, this, done);
    session->restore(m_accountId);
}
