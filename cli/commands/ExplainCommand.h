// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

// `explain E-CODE`: the user's message and the support note of one error code, for support staff
// reading a customer's screenshot.
class ExplainCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
};
