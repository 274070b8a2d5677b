// SPDX-License-Identifier: Apache-2.0
#include "Command.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "PromptReader.h"

#include <QCommandLineParser>
#include <QTimer>

Command::Command(CommandContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
}

void Command::addOptions(QCommandLineParser&) { }

void Command::fail(const ApiError& error)
{
    m_context->output->error(error);
    finish(ExitCode::forError(error));
}

void Command::failUsage(const QString& message)
{
    m_context->output->usageError(message);
    finish(ExitCode::Usage);
}

bool Command::noArguments(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        failUsage(QStringLiteral("%1 takes no arguments.").arg(m_context->command));
    return arguments.isEmpty();
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued: the caller's callback may still be on the stack, and the keychain and settings must
    // settle before the event loop quits.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}

void Command::addPasswordStdinOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("password-stdin"),
                       QStringLiteral("Read the password from the first line of stdin, without a prompt.") });
}

bool Command::passwordFromStdin(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("password-stdin"));
}

void Command::askPassword(bool fromStdin, const QString& prompt,
                          std::function<void(const QString& password)> then)
{
    m_context->prompt->ask(fromStdin ? QString() : prompt, PromptReader::Echo::Hidden,
                           [this, then](const std::optional<QString>& password) {
                               if (!password || password->isEmpty()) {
                                   failUsage(QStringLiteral("No password given."));
                                   return;
                               }
                               then(*password);
                           });
}
