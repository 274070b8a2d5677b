// SPDX-License-Identifier: Apache-2.0
#include "DevicesUnbindCommand.h"

#include "OutputFormatter.h"
#include "protocol/DeviceMessages.h"
#include "session/Session.h"
#include "settings/AccountSettings.h"

#include <QUrl>

bool DevicesUnbindCommand::readArguments(const QStringList& arguments)
{
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty()) {
        failUsage(QStringLiteral("devices unbind needs exactly one device ID (see devices list)."));
        return false;
    }
    m_deviceId = arguments.first().trimmed();
    setPurpose(QStringLiteral("unbind ") + m_deviceId);
    return true;
}

void DevicesUnbindCommand::withPassword(const QString& password)
{
    Session* session = m_context->session;
    const bool thisComputer = m_deviceId == m_context->settings->thisDevice().id;
    session->unbindDevice(m_deviceId, password, this, orFail([this, thisComputer] {
                              m_context->output->line(QStringLiteral("Device %1 unbound.").arg(m_deviceId));
                              m_context->output->set(QStringLiteral("unbound"), m_deviceId);
                              if (!thisComputer) {
                                  finish(0);
                                  return;
                              }
                              // The server ended this computer's session with it: forget it here too.
                              m_context->output->note(
                                  QStringLiteral("That was this computer: signed out here as well."));
                              connect(m_context->session, &Session::signedOut, this, [this] { finish(0); });
                              m_context->session->signOut();
                          }));
}
