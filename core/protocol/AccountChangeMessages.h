// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonMessage.h"
#include "RegistrationMessages.h"

// POST /v1/account/password/challenges: {via?}. via is "email" or "phone"; empty when the account
// has only one of them bound (the server then uses that one). Answered with a CodeChallenge whose
// id is named "challengeId".
struct PasswordChallengeRequest
{
    QString via;

    AM_JSON_MESSAGE(PasswordChallengeRequest);
};

// POST /v1/account/password: {challengeId, code, newPassword} -> TokenResponse (this session's
// fresh tokens; every other session of the account is signed out).
struct ChangePasswordRequest
{
    QString challengeId;
    QString code;
    QString newPassword;

    AM_JSON_MESSAGE(ChangePasswordRequest);
};

// PUT /v1/account/email, first step: {email, password} -> CodeChallenge ("challengeId") with the
// code sent to the new address. password is the account's current one, asked again.
struct ChangeEmailRequest
{
    QString email;
    QString password;

    AM_JSON_MESSAGE(ChangeEmailRequest);
};

// PUT /v1/account/phone, first step: {phone, region, password} -> CodeChallenge ("challengeId")
// with the code sent by SMS to the new number. phone is E.164 or national, read with region.
struct ChangePhoneRequest
{
    QString phone;
    QString region;
    QString password;

    AM_JSON_MESSAGE(ChangePhoneRequest);
};

// PUT /v1/account/email or /v1/account/phone, second step: {challengeId, code} -> AccountProfile.
// ConfirmContactRequest::isConfirmation(json) tells it from the first step.
using ConfirmContactRequest = ChallengeAnswer;
