// SPDX-License-Identifier: Apache-2.0
#include "SignoutCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QCommandLineParser>
#include <memory>

void SignoutCommand::addOptions(QCommandLineParser& parser)
{
    PasswordCommand::addOptions(parser);
    parser.addOption({ QStringLiteral("remove-local-data"),
                       QStringLiteral("Also forget the account on this computer (its entry in the "
                                      "app's account list).") });
}

bool SignoutCommand::readArguments(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (!noArguments(arguments))
        return false;
    m_removeLocalData = parser.isSet(QStringLiteral("remove-local-data"));
    return true;
}

QString SignoutCommand::purpose() const
{
    return QStringLiteral("sign out and unbind this computer");
}

void SignoutCommand::withPassword(const QString& password)
{
    Session* session = m_context->session;
    const QString deviceId = m_context->settings->thisDevice().id;
    auto keychainError = std::make_shared<ApiError>();
    // The server has unbound this computer; only the keychain can still refuse to let go of the
    // token (it is dead on the server either way).
    connect(session, &Session::failed, this, [keychainError](const ApiError& error) {
        if (ExitCode::forError(error) == ExitCode::Keychain)
            *keychainError = error;
    });
    connect(session, &Session::signedOut, this, [this, keychainError, deviceId] {
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
        if (m_removeLocalData)
            out->line(QStringLiteral("Nothing of the account is kept on this computer."));
        out->set(QStringLiteral("signedOut"), true);
        out->set(QStringLiteral("accountId"), accountId());
        out->set(QStringLiteral("unbound"), deviceId);
        out->set(QStringLiteral("localDataRemoved"), m_removeLocalData);
        finish(ExitCode::Ok);
    });
    session->signOutThisComputer(password, m_removeLocalData, this, [this](const ApiError& error) {
        // A refused password changes nothing: still signed in and bound.
        if (error)
            fail(error);
    });
}
