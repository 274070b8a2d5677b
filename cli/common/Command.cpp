// SPDX-License-Identifier: Apache-2.0
#include "Command.h"

#include "CommandOption.h"
#include "ExitCode.h"
#include "LoginIdentifier.h"
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

void Command::execute(const QStringList& arguments)
{
    const QString channel = via();
    if (!channel.isEmpty() && channel != QLatin1String("email") && channel != QLatin1String("phone")) {
        failUsage(QStringLiteral("--via is email or phone."));
        return;
    }
    run(arguments);
}

bool Command::isSet(const QString& option) const
{
    // optionNames(): the options given. QCommandLineParser::isSet() would warn about an option the
    // command's row does not declare, and the shared steps ask whichever command runs them.
    return m_context->options->optionNames().contains(option);
}

QString Command::value(const QString& option) const
{
    return isSet(option) ? m_context->options->value(option) : QString();
}

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

void Command::note(const ApiError& error)
{
    m_context->output->note(error);
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

bool Command::readLogin(const QStringList& arguments, const QString& missing, QString* login)
{
    if (arguments.size() != 1) {
        failUsage(missing);
        return false;
    }
    QString problem;
    *login = LoginIdentifier::toWire(arguments.first(), value(CommandOption::region().name), &problem);
    if (login->isEmpty())
        failUsage(problem);
    return !login->isEmpty();
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

bool Command::passwordFromStdin() const
{
    return isSet(CommandOption::passwordStdin().name);
}

void Command::askPassword(const QString& prompt, std::function<void(const QString& password)> then)
{
    m_context->prompt->ask(passwordFromStdin() ? QString() : prompt, PromptReader::Echo::Hidden,
                           [this, then](const std::optional<QString>& password) {
                               if (!password || password->isEmpty()) {
                                   failUsage(QStringLiteral("No password given."));
                                   return;
                               }
                               then(*password);
                           });
}

QString Command::via() const
{
    return value(CommandOption::via().name).trimmed().toLower();
}

void Command::sendCode(std::function<void(const QString& via, ChallengeCallback done)> request,
                       ChallengeCallback then)
{
    sendCodeVia(via(), std::move(request), std::move(then));
}

void Command::sendCodeVia(const QString& via,
                          std::function<void(const QString& via, ChallengeCallback done)> request,
                          ChallengeCallback then)
{
    request(via, [this, request, then](const CodeChallenge& challenge, const ApiError& error) {
        if (error.code != ErrorCode::MissingField || error.field != QLatin1String("via")) {
            then(challenge, error);
            return;
        }
        askChannel(QStringLiteral("Send the code by email or phone?"),
                   [this, request, then](const QString& choice) { sendCodeVia(choice, request, then); });
    });
}

TwoStepPrompt* Command::twoStepPrompt()
{
    if (!m_twoStep)
        m_twoStep = new TwoStepPrompt(m_context, value(CommandOption::twoStepCode().name), this);
    return m_twoStep;
}

bool Command::askedForTwoStep(const ApiError& error, std::function<void(const TwoStepAnswer& answer)> retry)
{
    if (!twoStepPrompt()->concerns(error))
        return false;
    askTwoStep(error, [retry](const QString& code) { retry(TwoStepAnswer { code }); });
    return true;
}

void Command::askTwoStep(const ApiError& reason, std::function<void(const QString& code)> then)
{
    twoStepPrompt()->ask(reason, answerOrFail<QString>(std::move(then)));
}

void Command::askChannel(const QString& question, std::function<void(const QString& via)> then)
{
    if (passwordFromStdin()) {
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
