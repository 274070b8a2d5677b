// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaSolver.h"
#include "Command.h"
#include "NewPasswordPrompt.h"
#include "protocol/RegistrationMessages.h"
#include "protocol/SessionMessages.h"

class CodePrompt;

// `register`: captcha, the code from the email or SMS, the new password twice; then signed in like
// the GUI (Session::begin) and the new account ID printed.
class RegisterCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
    bool readRequest();
    void askPassword();
    void complete(const QString& password);
    void keepSession(const TokenResponse& tokens);

    StartRegistrationRequest m_request;
    QString m_registrationId;
    CaptchaSolver* m_captcha = new CaptchaSolver(m_context, this);
    CodePrompt* m_code = nullptr;
    NewPasswordPrompt* m_password = new NewPasswordPrompt(m_context, this);
};
