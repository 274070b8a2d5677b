// SPDX-License-Identifier: Apache-2.0
#include "PasswordCommand.h"

#include "session/Session.h"

PasswordCommand::PasswordCommand(CommandContext* context, const QString& purpose)
    : AccountCommand(context)
    , m_purpose(purpose)
{
}

void PasswordCommand::start()
{
    askPassword(
        QStringLiteral("Password of account %1 to %2:").arg(m_context->session->accountId()).arg(m_purpose),
        [this](const QString& password) { withPassword(password); });
}
