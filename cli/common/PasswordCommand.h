// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"

// A command on the signed-in account that asks for the account's password again before it acts,
// as the server wants for unbinding a device, exporting, signing out, contact changes and two-step:
// reads its arguments, restores the session, asks "Password of account N to PURPOSE:" (hidden; with
// --password-stdin the first line of stdin, without a prompt), then goes on with the password.
class PasswordCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

    // --password-stdin; a command with options of its own adds them beside it.
    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, const QStringList& arguments) override;

protected:
    // What the password is for, the end of the prompt: "unbind 1a2b" (known once signed in).
    virtual QString purpose() const = 0;
    virtual void withPassword(const QString& password) = 0;

private:
    void start() final;

    bool m_passwordFromStdin = false;
};
