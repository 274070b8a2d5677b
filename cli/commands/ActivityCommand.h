// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"
#include "protocol/ActivityMessages.h"

// `activity`: the signed-in account's recent activity, newest first, one event a line (time, what,
// device, masked address). --json: {"events": [...], "next": TIME|null}; next is the --before of
// the following page.
class ActivityCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    bool readArguments(const QStringList& arguments) override;
    void start() override;
    void show(const ActivityPage& page);

    ActivityQuery m_query;
};
