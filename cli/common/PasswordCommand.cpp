// SPDX-License-Identifier: Apache-2.0
#include "PasswordCommand.h"

#include "session/Session.h"

void PasswordCommand::addOptions(QCommandLineParser& parser)
{
    addPasswordStdinOption(parser);
}

void PasswordCommand::run(const QCommandLineParser& parser, const QStringList& arguments)
{
    m_passwordFromStdin = passwordFromStdin(parser); // the parser is gone once the session is back
    AccountCommand::run(parser, arguments);
}

void PasswordCommand::start()
{
    askPassword(
        m_passwordFromStdin,
        QStringLiteral("Password of account %1 to %2:").arg(m_context->session->accountId()).arg(purpose()),
        [this](const QString& password) { withPassword(password); });
}
