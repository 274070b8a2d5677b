// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"
#include "protocol/ApiError.h"
#include "protocol/TwoStepMessages.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QCommandLineParser;
class TwoStepPrompt;

// One account-ctl command. CtlApplication adds the command's options to the parser, checks the
// positional arguments through run(), and quits with the code given to finish(). A command works
// asynchronously: run() starts it, callbacks carry it on, finish() ends it, exactly once.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CommandContext* context, QObject* parent = nullptr);

    // Options of this command only; the global ones are added by CtlApplication.
    virtual void addOptions(QCommandLineParser& parser);
    // Whether the command uses the network and so needs a valid --server before it runs.
    virtual bool needsServer() const { return true; }
    // arguments: the positional arguments after the command's name.
    virtual void run(const QCommandLineParser& parser, const QStringList& arguments) = 0;

signals:
    void finished(int exitCode);

protected:
    // Prints the error (text or JSON) and finishes with its exit code.
    void fail(const ApiError& error);
    void failUsage(const QString& message);
    void finish(int exitCode);
    // For commands without positional arguments: false, after a usage error, when some came.
    bool noArguments(const QStringList& arguments);

    // For commands that ask for the account's password: --password-stdin lets scripts pipe it in.
    static void addPasswordStdinOption(QCommandLineParser& parser);
    static bool passwordFromStdin(const QCommandLineParser& parser);
    // Asks for the account's password, hidden; with no prompt when it comes from stdin. None given
    // (stdin ended, or an empty line) is a usage error.
    void askPassword(bool fromStdin, const QString& prompt,
                     std::function<void(const QString& password)> then);

    // --via email|phone, for commands that send a code to the email or the phone.
    static void addViaOption(QCommandLineParser& parser);
    // --via's value, empty when not given; false after a usage error when it is neither word.
    bool readVia(const QCommandLineParser& parser, QString* via);
    // Whether error is the server asking which of the two the code goes to (E-MISSING-FIELD "via"
    // from a request that sends a code): then asks, as askChannel() does, and retries with the choice.
    bool askedForChannel(const ApiError& error, bool passwordFromStdin,
                         std::function<void(const QString& via)> retry);
    // Whether error is about the two-step code (TwoStepPrompt::concerns): then asks for it (the
    // authenticator app's code or a backup code) and retries with it; no answer fails the command.
    bool askedForTwoStep(TwoStepPrompt* prompt, const ApiError& error,
                         std::function<void(const TwoStepAnswer& answer)> retry);

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
    // Both an email and a phone can get the code and --via did not say which: asks (question names
    // the two, masked when known). With the password on stdin the first line is the password, so
    // nothing else is read before it: --via is then required (a usage error says so).
    void askChannel(bool passwordFromStdin, const QString& question,
                    std::function<void(const QString& via)> then);

    bool m_finished = false;
};
