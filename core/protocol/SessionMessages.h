// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonMessage.h"
#include "RegistrationMessages.h"
#include "TwoStepMessages.h"

#include <optional>

// The answer to E-DEVICE-VERIFICATION-REQUIRED, sent with the repeated sign-in:
// {challengeId, code}, the challenge from the error envelope and the code sent to the owner.
using DeviceVerification = ChallengeAnswer;

// POST /v1/sessions: {login, password, device, captcha?, deviceVerification?, twoStep?}
struct SignInRequest
{
    QString login; // email, phone (E.164 or national with region) or numeric account ID
    QString password;
    DeviceInfo device;
    std::optional<CaptchaAnswer> captcha;
    std::optional<DeviceVerification> deviceVerification; // only after E-DEVICE-VERIFICATION-REQUIRED
    std::optional<TwoStepAnswer> twoStep; // only after E-TWO-STEP-REQUIRED
    // The secret the server gave this computer (TokenResponse::deviceSecret), kept in the keychain:
    // what makes a device known, where device.id is no secret (it is shown in device lists).
    QString deviceSecret;

    AM_JSON_MESSAGE(SignInRequest);
};

// Answer of sign-in, refresh and registration: {accountId, accessToken, refreshToken, expiresIn}
struct TokenResponse
{
    qint64 accountId = 0;
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0; // seconds the access token lives
    QString deviceSecret; // only when the request had none: keep it in the keychain, send it to sign in

    AM_JSON_MESSAGE(TokenResponse);
};

// POST /v1/sessions/refresh: {refreshToken}
struct RefreshRequest
{
    QString refreshToken;
    // The device the session was started on (optional): a reuse of the token by it soon after its
    // use is taken for a lost answer, not a theft (TokenService::refresh).
    QString deviceId;

    AM_JSON_MESSAGE(RefreshRequest);
};
