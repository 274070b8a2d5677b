// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CodePrompt.h"
#include "CommandContext.h"
#include "protocol/ApiError.h"
#include "protocol/TwoStepMessages.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class TwoStepPrompt;

// One account-ctl command. CtlApplication fills the parser from the command's row in the registry
// (its options), then calls execute() with the positional arguments, and quits with the code given
// to finish(). A command works asynchronously: run() starts it, callbacks carry it on, finish()
// ends it, exactly once. The options several commands share (CommandOption::passwordStdin(),
// via(), twoStepCode()) are read here, by the steps that use them.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CommandContext* context, QObject* parent = nullptr);

    // Checks --via when it was given (a usage error before anything is asked), then run().
    // arguments: the positional arguments after the command's name.
    void execute(const QStringList& arguments);

signals:
    void finished(int exitCode);

protected:
    using ChallengeCallback = CodePrompt::ChallengeCallback;

    // The command's own work: reads its arguments and starts its first request or prompt.
    virtual void run(const QStringList& arguments) = 0;

    // An option of the command's row by its name ("force"): whether it was given, and its value
    // (empty when it was not).
    bool isSet(const QString& option) const;
    QString value(const QString& option) const;

    // Prints the error (text or JSON) and finishes with its exit code.
    void fail(const ApiError& error);
    void failUsage(const QString& message);
    void finish(int exitCode);
    // For commands without positional arguments: false, after a usage error, when some came.
    bool noArguments(const QStringList& arguments);
    // The one LOGIN of login and recover, read as LoginIdentifier reads it (with --region): false
    // after a usage error, which says missing when the argument is not exactly one.
    bool readLogin(const QStringList& arguments, const QString& missing, QString* login);

    // Whether the account's password comes as the first line of stdin (--password-stdin).
    bool passwordFromStdin() const;
    // Asks for the account's password, hidden; with no prompt when it comes from stdin. None given
    // (stdin ended, or an empty line) is a usage error.
    void askPassword(const QString& prompt, std::function<void(const QString& password)> then);

    // --via's value (email or phone; checked by execute()), empty when not given.
    QString via() const;
    // Starts a request that sends a code, with --via's channel: when the server asks which of the
    // two it goes to (E-MISSING-FIELD "via": both an email and a phone are bound), asks, as
    // askChannel() does, and starts it again with the choice. then() gets the last answer.
    void sendCode(std::function<void(const QString& via, ChallengeCallback done)> request,
                  ChallengeCallback then);

    // Whether error is about the two-step code (TwoStepPrompt::concerns): then asks for it (the
    // authenticator app's code or a backup code; --two-step-code first) and retries with it; no
    // answer fails the command.
    bool askedForTwoStep(const ApiError& error, std::function<void(const TwoStepAnswer& answer)> retry);
    // Asks for the two-step code, reason saying why (E-TWO-STEP-REQUIRED, or the refusal of the
    // last one); no answer fails the command.
    void askTwoStep(const ApiError& reason, std::function<void(const QString& code)> then);

    // Callbacks for the steps whose only way on is success: each fails the command with the error,
    // or hands on what came. For a request's answer (value, error):
    template<typename T>
    std::function<void(const T&, const ApiError&)> orFail(std::function<void(const T&)> then)
    {
        return [this, then](const T& value, const ApiError& error) {
            if (error)
                fail(error);
            else
                then(value);
        };
    }
    // For a request that may be refused with one error worth another go (a wrong code, a weak
    // password): notes that refusal and calls again(); fails with any other error.
    template<typename T>
    std::function<void(const T&, const ApiError&)> orAgain(ErrorCode refusal, std::function<void()> again,
                                                           std::function<void(const T&)> then)
    {
        return [this, refusal, again, then](const T& value, const ApiError& error) {
            if (error.code == refusal) {
                note(error);
                again();
            } else if (error) {
                fail(error);
            } else {
                then(value);
            }
        };
    }
    // For a step that ends with an error or none (a code prompt, a request without an answer).
    std::function<void(const ApiError&)> orFail(std::function<void()> then);
    // For a prompt's answer (std::nullopt with the error when there is none: stdin ended, ...).
    template<typename T>
    std::function<void(const std::optional<T>&, const ApiError&)>
    answerOrFail(std::function<void(const T&)> then)
    {
        return [this, then](const std::optional<T>& answer, const ApiError& error) {
            if (answer)
                then(*answer);
            else
                fail(error);
        };
    }

    CommandContext* m_context;

private:
    void note(const ApiError& error);
    void sendCodeVia(const QString& via,
                     std::function<void(const QString& via, ChallengeCallback done)> request,
                     ChallengeCallback then);
    // Both an email and a phone can get the code and --via did not say which: asks (question names
    // the two, masked when known). With the password on stdin the first line is the password, so
    // nothing else is read before it: --via is then required (a usage error says so).
    void askChannel(const QString& question, std::function<void(const QString& via)> then);
    // Made when first needed, with --two-step-code's value.
    TwoStepPrompt* twoStepPrompt();

    TwoStepPrompt* m_twoStep = nullptr;
    bool m_finished = false;
};
