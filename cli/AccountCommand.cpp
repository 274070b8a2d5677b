#include "AccountCommand.h"

#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <memory>

void AccountCommand::withSession(std::function<void()> then)
{
    const qint64 accountId = m_context->settings->currentAccount(m_context->server);
    if (accountId == 0) {
        fail(ApiError(ErrorCode::NotSignedIn));
        return;
    }
    Session* session = m_context->session;
    // Single shot: later failures (a refresh during the command) are the command's own business.
    auto signedIn = std::make_shared<QMetaObject::Connection>();
    auto failed = std::make_shared<QMetaObject::Connection>();
    *signedIn = connect(session, &Session::signedIn, this, [signedIn, failed, then] {
        disconnect(*signedIn);
        disconnect(*failed);
        then();
    });
    *failed = connect(session, &Session::failed, this, [this, signedIn, failed](const ApiError& error) {
        disconnect(*signedIn);
        disconnect(*failed);
        fail(error);
    });
    session->restore(accountId);
}
