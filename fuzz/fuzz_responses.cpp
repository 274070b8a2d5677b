// SPDX-License-Identifier: Apache-2.0
// The client's side of the wire: whatever a server (or anything that answers on its address) sends back,
// given to every response decoder AccountApi uses and to the error envelope reader.
#include "AccountMessages.h"
#include "CaptchaMessages.h"
#include "DecodeCheck.h"
#include "DeviceMessages.h"
#include "HealthMessages.h"
#include "RecoveryMessages.h"
#include "RegistrationMessages.h"
#include "SessionMessages.h"
#include "TwoStepMessages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonObject body;
    if (!DecodeCheck::readObject(FuzzInput::bytes(data, size), &body))
        return 0;
    DecodeCheck::roundTrip<HealthResponse>(body);
    DecodeCheck::roundTrip<CaptchaResponse>(body);
    DecodeCheck::roundTrip<TokenResponse>(body);
    DecodeCheck::roundTrip<AccountProfile>(body);
    DecodeCheck::roundTrip<TwoStepSetup>(body);
    DecodeCheck::roundTrip<TwoStepBackupCodes>(body);
    DecodeCheck::roundTrip<CodeChallenge>(body);
    DecodeCheck::roundTrip<CodeChallenge>(
        body,
        [](const QJsonObject& json, ApiError* error) {
            return CodeChallenge::fromJson(json, error, "challengeId");
        },
        [](const CodeChallenge& challenge) { return challenge.toJson(QStringLiteral("challengeId")); });
    DecodeCheck::roundTrip<RegistrationStatus>(body);
    DecodeCheck::roundTrip<RecoveryStart>(body);
    DecodeCheck::roundTrip<RecoveryResult>(body);
    DecodeCheck::roundTrip<BoundDevice>(body);
    DecodeCheck::roundTrip<DeviceList>(body);

    // Error envelopes: any status, any shape. The code is always known to the client afterwards, and
    // an envelope it writes it reads back with the same code, field and details.
    for (const int status : { 400, 401, 429, 500 }) {
        const ApiError error = ApiError::fromJson(body, status);
        FuzzInput::require(error.isError());
        FuzzInput::require(!error.wireName().isEmpty());
        error.userMessage();
        error.reference();
        const ApiError again = ApiError::fromJson(error.toJson(), status);
        FuzzInput::require(again.code == error.code && again.field == error.field
                           && again.reasons == error.reasons && again.attemptsLeft == error.attemptsLeft);
    }
    return 0;
}
