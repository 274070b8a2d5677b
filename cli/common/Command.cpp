// SPDX-License-Identifier: Apache-2.0
#include "Command.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "PromptReader.h"
#include "TwoStepPrompt.h"

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

std::function<void(const ApiError&)> Command::orFail(std::function<void()> then)
{
    return [this, then](const ApiError& error) {
        if (error)
            fail(error);
        else
            then();
    };
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

void Command::addViaOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("via"),
                       QStringLiteral("Where the code goes when both are bound: email or phone."),
                       QStringLiteral("CHANNEL") });
}

bool Command::readVia(const QCommandLineParser& parser, QString* via)
{
    *via = parser.value(QStringLiteral("via")).trimmed().toLower();
    if (!via->isEmpty() && *via != QLatin1String("email") && *via != QLatin1String("phone")) {
        failUsage(QStringLiteral("--via is email or phone."));
        return false;
    }
    return true;
}

bool Command::askedForChannel(const ApiError& error, bool passwordFromStdin,
                              std::function<void(const QString& via)> retry)
{
    if (error.code != ErrorCode::MissingField || error.field != QLatin1String("via"))
        return false;
    askChannel(passwordFromStdin, QStringLiteral("Send the code by email or phone?"), std::move(retry));
    return true;
}

bool Command::askedForTwoStep(TwoStepPrompt* prompt, const ApiError& error,
                              std::function<void(const TwoStepAnswer& answer)> retry)
{
    if (!prompt->concerns(error))
        return false;
    prompt->ask(error,
                answerOrFail<QString>([retry](const QString& code) { retry(TwoStepAnswer { code }); }));
    return true;
}

void Command::askChannel(bool passwordFromStdin, const QString& question,
                         std::function<void(const QString& via)> then)
{
    if (passwordFromStdin) {
        failUsage(QStringLiteral("Both an email and a phone are bound: give --via email or --via phone."));
        return;
    }
    m_context->prompt->ask(question, PromptReader::Echo::Visible,
                           [this, then](const std::optional<QString>& answer) {
                               const QString choice = answer ? answer->trimmed().toLower() : QString();
                               if (choice != QLatin1String("email") && choice != QLatin1String("phone")) {
                                   failUsage(QStringLiteral("Answer email or phone (or give --via)."));
                                   return;
                               }
                               then(choice);
                           });
}
