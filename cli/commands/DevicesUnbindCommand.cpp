// SPDX-License-Identifier: Apache-2.0
#include "DevicesUnbindCommand.h"

#include "OutputFormatter.h"
#include "protocol/DeviceMessages.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QCommandLineParser>
#include <QUrl>

void DevicesUnbindCommand::addOptions(QCommandLineParser& parser)
{
    addPasswordStdinOption(parser);
}

void DevicesUnbindCommand::run(const QCommandLineParser& parser, const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
        failUsage(QStringLiteral("devices unbind needs exactly one device ID (see devices list)."));
        return;
    }
    m_deviceId = arguments.first().trimmed();
    const bool fromStdin = passwordFromStdin(parser); // the parser is gone once the session is back
    withSession([this, fromStdin] {
        askPassword(fromStdin,
                    QStringLiteral("Password of account %1 to unbind %2:")
                        .arg(m_context->session->accountId())
                        .arg(m_deviceId),
                    [this](const QString& password) { unbind(password); });
    });
}

void DevicesUnbindCommand::unbind(const QString& password)
{
    Session* session = m_context->session;
    const bool thisComputer = m_deviceId == m_context->settings->thisDevice().id;
    session->unbindDevice(m_deviceId, password, this, [this, thisComputer](const ApiError& error) {
        if (error) {
            fail(error);
            return;
        }
        m_context->output->line(QStringLiteral("Device %1 unbound.").arg(m_deviceId));
        m_context->output->set(QStringLiteral("unbound"), m_deviceId);
        if (!thisComputer) {
            finish(0);
            return;
        }
        // The server ended this computer's session with it: forget it here too.
        m_context->output->note(QStringLiteral("That was this computer: signed out here as well."));
        connect(m_context->session, &Session::signedOut, this, [this] { finish(0); });
        m_context->session->signOut();
    });
}
