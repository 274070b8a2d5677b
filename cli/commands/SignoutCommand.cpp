// SPDX-License-Identifier: Apache-2.0
#include "SignoutCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <memory>

SignoutCommand::SignoutCommand(CommandContext* context)
    : PasswordCommand(context, QStringLiteral("sign out and unbind this computer"))
{
}

void SignoutCommand::withPassword(const QString& password)
{
    Session* session = m_context->session;
    const bool removeLocalData = isSet(QStringLiteral("remove-local-data"));
    const QString deviceId = m_context->settings->thisDevice().id;
    auto keychainError = std::make_shared<ApiError>();
    // The server has unbound this computer; only the keychain can still refuse to let go of the
    // token (it is dead on the server either way).
    connect(session, &Session::failed, this, [keychainError](const ApiError& error) {
        if (ExitCode::forError(error) == ExitCode::Keychain)
            *keychainError = error;
    });
    connect(session, &Session::signedOut, this, [this, keychainError, deviceId, removeLocalData] {
        if (*keychainError) {
            m_context->output->note(QStringLiteral("This computer was unbound, but its keychain entry "
                                                   "could not be removed."));
            fail(*keychainError);
            return;
        }
        OutputFormatter* out = m_context->output;
        out->line(QStringLiteral("Signed out of account %1: this computer (device %2) is unbound from it.")
                      .arg(accountId())
                      .arg(deviceId));
        if (removeLocalData)
            out->line(QStringLiteral("Nothing of the account is kept on this computer."));
        out->set(QStringLiteral("signedOut"), true);
        out->set(QStringLiteral("accountId"), accountId());
        out->set(QStringLiteral("unbound"), deviceId);
        out->set(QStringLiteral("localDataRemoved"), removeLocalData);
        finish(ExitCode::Ok);
    });
    session->signOutThisComputer(password, removeLocalData, this, [this](const ApiError& error) {
        // A refused password changes nothing: still signed in and bound.
        if (error)
            fail(error);
    });
}
