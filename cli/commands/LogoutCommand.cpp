#include "LogoutCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

void LogoutCommand::run(const QCommandLineParser&, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        failUsage(QStringLiteral("logout takes no arguments."));
        return;
    }
    m_accountId = m_context->settings->currentAccount(m_context->server);
    if (m_accountId == 0) {
        fail(ApiError(ErrorCode::NotSignedIn));
        return;
    }
    Session* session = m_context->session;
    // Single-shot connections: signOut() reports keychain trouble through failed() as well.
    auto restored = std::make_shared<QMetaObject::Connection>();
    auto restoreFailed = std::make_shared<QMetaObject::Connection>();
    auto done = [restored, restoreFailed] {
        disconnect(*restored);
        disconnect(*restoreFailed);
    };
    *restored = connect(session, &Session::signedIn, this, [this, done] {
        done();
        signOut({});
    });
    *restoreFailed = connect(session, &Session::failed, this, [this, done](const ApiError& error) {
        done();
        signOut(error);
    });
    session->restore(m_accountId);
}

void LogoutCommand::signOut(const ApiError& restoreError)
{
    Session* session = m_context->session;
    if (ExitCode::forError(restoreError) == ExitCode::Keychain) {
        // The entry can be neither read nor removed: nothing here changed.
        fail(restoreError);
        return;
    }
    auto keychainError = std::make_shared<ApiError>();
    // Only keychain trouble counts here: the profile request restore() started may still come back,
    // refused, once the session is revoked.
    connect(session, &Session::failed, this, [keychainError](const ApiError& error) {
        if (ExitCode::forError(error) == ExitCode::Keychain)
            *keychainError = error;
    });
    connect(session, &Session::signedOut, this,
            [this, keychainError, restoreError](const ApiError& serverError) {
                if (*keychainError) {
                    fail(*keychainError);
                    return;
                }
                // Without a live session (restore failed) the server was not told; when the server had
                // already ended the session, that is no failure.
                const ApiError notTold = serverError ? serverError : restoreError;
                if (notTold && ExitCode::forError(notTold) == ExitCode::Network) {
                    m_context->output->note(
                        QStringLiteral("Signed out on this computer, but the server could not be told; "
                                       "the session ends there when it expires."));
                    fail(notTold);
                    return;
                }
                m_context->output->line(QStringLiteral("Signed out of account %1.").arg(m_accountId));
                m_context->output->set(QStringLiteral("signedOut"), true);
                m_context->output->set(QStringLiteral("accountId"), m_accountId);
                finish(0);
            });
    session->signOut();
}
