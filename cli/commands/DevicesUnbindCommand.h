// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountCommand.h"

// `devices unbind ID [--password-stdin]`: unbinds a device from the signed-in account, with the
// account's password asked again (hidden at a terminal, or the first line of stdin). Unbinding
// this computer signs it out here as well.
class DevicesUnbindCommand : public AccountCommand
{
    Q_OBJECT

public:
    using AccountCommand::AccountCommand;

    void addOptions(QCommandLineParser& parser) override;
    void run(const QCommandLineParser& parser, const QStringList& arguments) override;

private:
    void unbind(const QString& password);

    QString m_deviceId;
};
