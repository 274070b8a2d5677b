#include "CodeCheck.h"

#include "VerificationSecret.h"
#include "VerificationStore.h"

ApiError CodeCheck::check(VerificationStore& store, const VerificationState& state, const QString& code,
                          qint64 now, const QString& field)
{
    if (state.codeAttempts >= VerificationState::kMaxCodeAttempts)
        return ApiError(ErrorCode::CodeAttemptsExceeded, field);
    if (state.codeHash.isEmpty() || state.codeExpiresAt <= now)
        return ApiError(ErrorCode::CodeExpired, field);
    if (VerificationSecret::matches(state.codeHash, state.id, code.trimmed()))
        return {};
    const int attempts = store.recordWrongCode(state.id, VerificationState::kMaxCodeAttempts);
    if (attempts < 0) // another request used or killed the code meanwhile
        return ApiError(ErrorCode::CodeExpired, field);
    ApiError error(ErrorCode::CodeWrong, field);
    error.attemptsLeft = qMax(0, VerificationState::kMaxCodeAttempts - attempts);
    return error;
}
