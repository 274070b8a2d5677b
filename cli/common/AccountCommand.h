// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <functional>

// A command that works on the signed-in account: restores the session of the current account
// (settings + keychain, as the app does at start-up), then goes on; fails with E-NOT-SIGNED-IN or
// the restore's error (keychain, network) otherwise.
class AccountCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

protected:
    // readArguments(), then start() once the session is restored. Commands that go on without a
    // live session (logout, two-step status) run otherwise.
    void run(const QStringList& arguments) override;
    // Reads the arguments, before anything is asked or sent; false after a usage error. By default
    // the command takes none.
    virtual bool readArguments(const QStringList& arguments);
    // The command's work, signed in.
    virtual void start() { }

    // Calls then() once the session is restored; fails with the restore's error.
    void withSession(std::function<void()> then);
    // Calls then() once the restore has ended, with its error (none when signed in): for commands
    // that go on without a live session. Fails with E-NOT-SIGNED-IN, without calling then(), when
    // there is no current account.
    void restoreSession(std::function<void(const ApiError& error)> then);
    // The current account, known once restoreSession() has begun.
    qint64 accountId() const { return m_accountId; }

private:
    qint64 m_accountId = 0;
};
