// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistrationMessages.h"

// POST /v1/account/password/challenges: {via?}. via is "email" or "phone"; empty when the account
// has only one of them bound (the server then uses that one). Answered with a CodeChallenge whose
// id is named "challengeId".
struct PasswordChallengeRequest
{
    QString via;

    QJsonObject toJson() const;
    static PasswordChallengeRequest fromJson(const QJsonObject& json, ApiError* error);
};

// POST /v1/account/password: {challengeId, code, newPassword} -> TokenResponse (this session's
// fresh tokens; every other session of the account is signed out).
struct ChangePasswordRequest
{
    QString challengeId;
    QString code;
    QString newPassword;

    QJsonObject toJson() const;
    static ChangePasswordRequest fromJson(const QJsonObject& json, ApiError* error);
};

// PUT /v1/account/email, first step: {email, password} -> CodeChallenge ("challengeId") with the
// code sent to the new address. password is the account's current one, asked again.
struct ChangeEmailRequest
{
    QString email;
    QString password;

    QJsonObject toJson() const;
    static ChangeEmailRequest fromJson(const QJsonObject& json, ApiError* error);
};

// PUT /v1/account/phone, first step: {phone, region, password} -> CodeChallenge ("challengeId")
// with the code sent by SMS to the new number. phone is E.164 or national, read with region.
struct ChangePhoneRequest
{
    QString phone;
    QString region;
    QString password;

    QJsonObject toJson() const;
    static ChangePhoneRequest fromJson(const QJsonObject& json, ApiError* error);
};

// PUT /v1/account/email or /v1/account/phone, second step: {challengeId, code} -> AccountProfile.
// ConfirmContactRequest::isConfirmation(json) tells it from the first step.
using ConfirmContactRequest = ChallengeAnswer;
