// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"

struct DeviceList;

// `devices list`: the devices bound to the signed-in account, most recently seen first; this
// computer marked. --json: {"devices": [{id, name, kind, platform, firstSeen, lastSeen, current}]}.
class DevicesListCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

private:
    void start() override;
    void show(const DeviceList& list);
};
