// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordCommand.h"

// `devices unbind ID`: unbinds a device from the signed-in account, with the account's password
// asked again (hidden at a terminal, or the first line of stdin). Unbinding this computer signs it
// out here as well.
class DevicesUnbindCommand : public PasswordCommand
{
    Q_OBJECT

public:
    using PasswordCommand::PasswordCommand;

private:
    bool readArguments(const QStringList& arguments) override;
    void withPassword(const QString& password) override;

    QString m_deviceId;
};
