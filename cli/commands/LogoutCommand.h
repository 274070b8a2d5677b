// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"

// `logout`: ends the current account's session on the server (restoring it first, as only a live
// access token can revoke it) and removes the keychain entry and the account here in any case.
// No password, and this computer stays bound to the account (`devices list` still shows it): the
// guide's sign-out, which unbinds it with the password, is `signout` (SignoutCommand).
class LogoutCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    void run(const QStringList& arguments) override;
    void signOut(const ApiError& restoreError);
};
