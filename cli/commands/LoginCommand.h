// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaSolver.h"
#include "Command.h"
#include "protocol/SessionMessages.h"

// `login LOGIN`: signs in with a password from the prompt (or --password-stdin), solves a captcha
// when the server asks for one, asks for the two-step code when the account has two-step
// verification on (or takes --two-step-code), and keeps the session like the app does (Session::begin).
class LoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
    void signIn();
    void keepSession(const TokenResponse& tokens);

    SignInRequest m_request;
    CaptchaSolver* m_captcha = new CaptchaSolver(m_context, this);
};
