// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"
#include "protocol/TwoStepMessages.h"

class TwoStepPrompt;

// `two-step disable [--password-stdin] [--two-step-code CODE]`: switches two-step verification
// off; the password and a code (from the app, or a backup code) are asked for. Scripts give the
// password as the first line of stdin and the code with --two-step-code or as the next line.
class TwoStepDisableCommand : public PasswordCommand
{
    Q_OBJECT

public:
    using PasswordCommand::PasswordCommand;

    void addOptions(QCommandLineParser& parser) override;

private:
    bool readArguments(const QCommandLineParser& parser, const QStringList& arguments) override;
    QString purpose() const override;
    void withPassword(const QString& password) override;
    void askCode(const ApiError& reason);
    void disable();

    TwoStepDisableRequest m_request;
    TwoStepPrompt* m_twoStep = nullptr;
};
