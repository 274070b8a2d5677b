// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"

// `signout`: the guide's sign-out (the app's «Выйти…»): the account's password is asked again,
// because only the owner may sign a device out, and this computer is unbound from the account on
// the server (which ends its sessions); then its keychain entry goes. --remove-local-data also
// forgets the account's label here, so the app's account list no longer offers it. `logout`, by
// contrast, only ends this session.
class SignoutCommand : public PasswordCommand
{
    Q_OBJECT

public:
    explicit SignoutCommand(CommandContext* context);

private:
    void withPassword(const QString& password) override;
};
