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
    // purpose: what the password is for, the end of the prompt: "export its data".
    explicit PasswordCommand(CommandContext* context, const QString& purpose = {});

protected:
    // For a purpose that depends on the arguments ("unbind 1a2b"): set by readArguments().
    void setPurpose(const QString& purpose) { m_purpose = purpose; }
    virtual void withPassword(const QString& password) = 0;

private:
    void start() final;

    QString m_purpose;
};
