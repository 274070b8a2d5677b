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
    void withSession(std::function<void()> then);
};
