// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"
#include "protocol/TwoStepMessages.h"

class TwoStepPrompt;

// `two-step disable [--password-stdin] [--two-step-code CODE]`: switches two-step verification
// off; the password and a code (from the app, or a backup code) are asked for. Scripts give the
// password as the first line of stdin and the code with --two-step-code or as the next line.
class TwoStepDisableCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, const QStringList& arguments) override;

private:
    void askCode(const ApiError& reason);
    void disable();

    TwoStepDisableRequest m_request;
    TwoStepPrompt* m_twoStep = nullptr;
};
