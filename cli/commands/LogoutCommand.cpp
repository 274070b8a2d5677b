// SPDX-License-Identifier: Apache-2.0
#include "LogoutCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"

void LogoutCommand::run(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return;
    // Signed out here whether or not the session could be restored.
    restoreSession([this](const ApiError& restoreError) { signOut(restoreError); });
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
                m_context->output->line(QStringLiteral("Signed out of account %1.").arg(accountId()));
                m_context->output->set(QStringLiteral("signedOut"), true);
                m_context->output->set(QStringLiteral("accountId"), accountId());
                finish(0);
            });
    session->signOut();
}
