// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ApiError.h"

// The exit codes of account-ctl, documented in --help; scripts branch on them, so never renumber.
class ExitCode
{
public:
    enum Value : int {
        Ok = 0,
        Failed = 1, // the operation failed: the server (or the account's state) said no
        Usage = 2, // bad arguments or input, or stdin ended before an answer
        Network = 3, // the server could not be reached or spoke no trusted TLS / protocol
        Keychain = 4, // the system keychain could not be used
    };

    static int forError(const ApiError& error);
};
