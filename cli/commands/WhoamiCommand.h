// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

// `whoami`: restores the current account's session the way the app does at start-up
// (Session::restore: keychain, then refresh) and prints the account, email and phone masked.
class WhoamiCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
};
