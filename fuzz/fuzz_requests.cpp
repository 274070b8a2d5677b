// SPDX-License-Identifier: Apache-2.0
// The server's side of the wire: a request body from anyone on the network, parsed as the server does
// (one JSON object) and given to every request decoder the routes use.
#include "AccountChangeMessages.h"
#include "DecodeCheck.h"
#include "DeviceMessages.h"
#include "RecoveryMessages.h"
#include "RegistrationMessages.h"
#include "SessionMessages.h"
#include "TwoStepMessages.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QJsonObject body;
    if (!DecodeCheck::readObject(FuzzInput::bytes(data, size), &body))
        return 0;
    DecodeCheck::roundTrip<SignInRequest>(body);
    DecodeCheck::roundTrip<RefreshRequest>(body);
    DecodeCheck::roundTrip<StartRegistrationRequest>(body);
    DecodeCheck::roundTrip<VerifyCodeRequest>(body);
    DecodeCheck::roundTrip<CompleteRegistrationRequest>(body);
    DecodeCheck::roundTrip<PasswordChallengeRequest>(body);
    DecodeCheck::roundTrip<ChangePasswordRequest>(body);
    DecodeCheck::roundTrip<ChangeEmailRequest>(body);
    DecodeCheck::roundTrip<ChangePhoneRequest>(body);
    DecodeCheck::roundTrip<ConfirmContactRequest>(body);
    DecodeCheck::roundTrip<StartRecoveryRequest>(body);
    DecodeCheck::roundTrip<RecoverySendRequest>(body);
    DecodeCheck::roundTrip<CompleteRecoveryRequest>(body);
    DecodeCheck::roundTrip<UnbindDeviceRequest>(body);
    DecodeCheck::roundTrip<DeleteAccountRequest>(body);
    DecodeCheck::roundTrip<TwoStepSetupRequest>(body);
    DecodeCheck::roundTrip<TwoStepConfirmRequest>(body);
    DecodeCheck::roundTrip<TwoStepDisableRequest>(body);
    return 0;
}
