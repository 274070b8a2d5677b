// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"
#include "protocol/SessionMessages.h"

class CaptchaSolver;

// `login LOGIN`: signs in with a password from the prompt (or --password-stdin), solves a captcha
// when the server asks for one, and keeps the session like the app does (Session::begin).
class LoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, const QStringList& arguments) override;

private:
    void signIn();
    void keepSession(const TokenResponse& tokens);

    SignInRequest m_request;
    CaptchaSolver* m_captcha = nullptr;
};
