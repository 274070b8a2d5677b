// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"
#include "NewPasswordPrompt.h"
#include "protocol/AccountChangeMessages.h"

// `password change`: the signed-in account's password, as the app changes it (docs/api.md): a code
// goes to the bound email or phone, the code and the new password (twice) are asked for, and this
// computer keeps the session with the fresh tokens the server returns; every other session of the
// account ends. Scripts pipe the answers in, one a line: the code, the new password, the new
// password again.
class PasswordChangeCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    void start() override;
    void askCode();
    void askPassword();
    void change();

    NewPasswordPrompt* m_newPassword = new NewPasswordPrompt(m_context, this);
    ChangePasswordRequest m_request;
};
