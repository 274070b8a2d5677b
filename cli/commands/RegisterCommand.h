// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"
#include "protocol/RegistrationMessages.h"
#include "protocol/SessionMessages.h"

class CaptchaSolver;
class CodePrompt;
class NewPasswordPrompt;

// `register --email E | --phone P --region RU`: captcha, the code from the email or SMS, the new
// password twice; then signed in like the GUI (Session::begin) and the new account ID printed.
class RegisterCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
    bool readRequest();
    void start();
    void askPassword();
    void complete(const QString& password);
    void keepSession(const TokenResponse& tokens);

    StartRegistrationRequest m_request;
    QString m_registrationId;
    CaptchaSolver* m_captcha = nullptr;
    CodePrompt* m_code = nullptr;
    NewPasswordPrompt* m_password = nullptr;
};
