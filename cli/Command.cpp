#include "Command.h"

#include "ExitCode.h"
#include "OutputFormatter.h"

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

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued: the caller's callback may still be on the stack, and the keychain and settings must
    // settle before the event loop quits.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}
