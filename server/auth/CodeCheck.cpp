// SPDX-License-Identifier: Apache-2.0
#include "CodeCheck.h"

#include "VerificationSecret.h"
#include "VerificationStore.h"

ApiError CodeCheck::check(VerificationStore& store, const VerificationState& state, const QString& code,
                          qint64 now, const QString& field)
{
    // The try is taken before the code is compared, in one statement with the check that one is
    // left, and the code compared is the one that statement read: forty requests at once, on any
    // number of servers, get five verdicts, and none is judged on a state read before the others.
    const VerificationStore::Attempt attempt
        = store.claimAttempt(state.id, VerificationState::kMaxCodeAttempts, now);
    if (!attempt.claimed) {
        if (attempt.attempts >= VerificationState::kMaxCodeAttempts)
            return ApiError(ErrorCode::CodeAttemptsExceeded, field);
        return ApiError(ErrorCode::CodeExpired, field);
    }
    if (VerificationSecret::matches(attempt.codeHash, state.id, code.trimmed())) {
        store.refundAttempt(state.id);
        return {};
    }
    if (attempt.attempts >= VerificationState::kMaxCodeAttempts)
        store.killExhaustedCode(state.id, VerificationState::kMaxCodeAttempts);
    ApiError error(ErrorCode::CodeWrong, field);
    error.attemptsLeft = qMax(0, VerificationState::kMaxCodeAttempts - attempt.attempts);
    return error;
}
