// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

// The operator commands support staff use on the server's machine, on the same database:
//   account-server account show LOGIN --data-dir DIR [--db PATH] [--outbox PATH] [--json]
//   account-server account unlock LOGIN --data-dir DIR [--db PATH]
//   account-server account two-step-off LOGIN --identity-checked --data-dir DIR [--db PATH]
// LOGIN is an email, a phone in E.164 or the numeric account ID, as the customer signs in with.
// show prints the state, the sign-in lock and until when, whether two-step verification is on, the bound
// email and phone masked, the devices, the last codes and deliveries with time and status; never a code, a
// hash or a token.
class SupportCommands
{
public:
    // arguments after "account show" / "account unlock"; return the process exit code.
    static int show(const QStringList& arguments);
    static int unlock(const QStringList& arguments);
    // Two-step verification off (secret, backup codes, setups deleted) for a customer who lost the
    // app and the backup codes, after an identity check; refused without --identity-checked.
    static int twoStepOff(const QStringList& arguments);
};
