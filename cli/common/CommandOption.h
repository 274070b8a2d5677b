// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

// One option of an account-ctl command, as the command's row in the registry declares it. The
// parser is filled from these rows and the synopsis of --help is made from them, so that an option
// is written in one place. The options several commands share (--password-stdin, --via, ...) are
// made by the functions below, which the code that reads them (Command, TwoStepPrompt) names too.
struct CommandOption
{
    // How the synopsis shows it: "[--force]"; "--output FILE" (the command needs it; it checks
    // that itself, as QCommandLineParser has no required options); "--email E |" (this one or what
    // follows it).
    enum class Shown { Optional, Required, OrNext };

    QString name; // without the dashes: "output"
    QString valueName; // "FILE"; empty for a switch
    QString help; // one sentence for COMMAND --help
    Shown shown = Shown::Optional;
    // The value as the synopsis shows it, where an example or the choices say more than valueName:
    // "RU", "email|phone". Empty: valueName.
    QString synopsisValue;

    // "[--output FILE]", "--email E |"
    QString synopsis() const;
    QCommandLineOption parserOption() const;
    // The same option with the help a command words otherwise ("the new password").
    CommandOption withHelp(const QString& otherHelp) const;

    // The account's password from the first line of stdin (Command::askPassword).
    static CommandOption passwordStdin();
    // Which of the two gets a code when both are bound (Command checks its value).
    static CommandOption via();
    // The region a national phone number is read in; the help says of which argument.
    static CommandOption region();
    static CommandOption captchaFile();
    // The code of two-step verification, for scripts (TwoStepPrompt).
    static CommandOption twoStepCode();

    // The synopsis of a table: "[--region RU] [--via email|phone]".
    static QString synopsis(const QList<CommandOption>& options);
};
