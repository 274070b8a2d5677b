// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

class VerificationStore;
struct VerificationState;

// Checks an entered code against a challenge with the rules every challenge shares: five tries
// per code (the fifth wrong one kills it), ten minutes, constant-time comparison of keyed hashes.
// A right code is not used up here: the caller does that with the change it guards, so a refused
// new password does not cost the user the code.
class CodeCheck
{
public:
    // None when the code is right; otherwise E-CODE-ATTEMPTS-EXCEEDED, E-CODE-EXPIRED or
    // E-CODE-WRONG with attemptsLeft (a wrong code is counted), all with field `field`.
    static ApiError check(VerificationStore& store, const VerificationState& state, const QString& code,
                          qint64 now, const QString& field = QStringLiteral("code"));
};
