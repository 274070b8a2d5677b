// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// Commands an operator runs next to the server, on the same database:
//   account-server account add --data-dir DIR [--db PATH] [--email E] [--phone P] --region RU
//   --password-stdin
//   account-server device add --data-dir DIR [--db PATH] --account ID --kind band --name "Mi Band 8"
//   [--platform P] [--id DEVICE-ID]   (a band or scale without its hardware; prints the device ID)
//   account-server account show LOGIN --data-dir DIR, account-server account unlock LOGIN --data-dir DIR,
//   account-server account two-step-off LOGIN --identity-checked --data-dir DIR
//   (SupportCommands: what support staff look at and lift)
class OperatorCommands
{
public:
    // arguments after the program name; returns the process exit code.
    static int run(const QStringList& arguments);
    static bool isOperatorCommand(const QStringList& arguments);

private:
    static int addAccount(const QStringList& arguments);
    static int addDevice(const QStringList& arguments);
};
