// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"

// `two-step status`: whether two-step verification is on for the signed-in account (the
// profile's twoStep, fetched fresh).
class TwoStepStatusCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    void run(const QStringList& arguments) override;
};
