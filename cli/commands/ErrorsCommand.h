// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

// `errors` (maintenance, not in --help): the whole error catalog; --markdown gives docs/errors.md
// exactly.
class ErrorsCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
};
