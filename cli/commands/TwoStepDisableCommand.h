// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"
#include "protocol/TwoStepMessages.h"

// `two-step disable`: switches two-step verification off; the password and a code (from the app, or
// a backup code) are asked for. Scripts give the password as the first line of stdin and the code
// with --two-step-code or as the next line.
class TwoStepDisableCommand : public PasswordCommand
{
    Q_OBJECT

public:
    explicit TwoStepDisableCommand(CommandContext* context);

private:
    void withPassword(const QString& password) override;
    void askCode(const ApiError& reason);
    void disable();

    TwoStepDisableRequest m_request;
};
