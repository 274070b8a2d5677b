// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"
#include "protocol/AccountChangeMessages.h"
#include "protocol/AccountMessages.h"

class CodePrompt;

// `contact email ADDRESS` and `contact phone NUMBER`: adds an email or phone to the signed-in
// account, or replaces the one it has, as the app does (docs/api.md, PUT /v1/account/email|phone):
// the account's password is asked again, a code goes to the NEW address, and once it is typed the
// address is saved and signs in from then on. One class for both: the command's name says which.
class ContactChangeCommand : public PasswordCommand
{
    Q_OBJECT

public:
    using PasswordCommand::PasswordCommand;

private:
    bool isPhone() const;
    bool readAddress(const QStringList& arguments);
    bool readArguments(const QStringList& arguments) override;
    void withPassword(const QString& password) override;
    void confirm(const QString& code, std::function<void(const ApiError&)> done);
    void changed();

    QString m_address; // normalized email, or E.164 phone
    QString m_region; // the phone's region
    QString m_challengeId;
    AccountProfile m_profile; // the server's answer to the confirmation
    CodePrompt* m_code = nullptr;
};
