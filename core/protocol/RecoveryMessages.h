// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaMessages.h"
#include "JsonMessage.h"
#include "RegistrationMessages.h"
#include "TwoStepMessages.h"

#include <QList>
#include <optional>

// POST /v1/recoveries: {login, captcha, via?}. login is an email, an E.164 phone or an account ID,
// as in sign-in; via ("email" or "phone") picks the channel when the account has both.
struct StartRecoveryRequest
{
    QString login;
    QString via; // empty: let the server send to the only channel, or offer the choices
    CaptchaAnswer captcha;

    AM_JSON_MESSAGE(StartRecoveryRequest);
};

// One channel a recovery code can go to: {via: "email"|"phone", sentTo: masked}.
struct RecoveryChoice
{
    QString via;
    QString sentTo;

    AM_JSON_MESSAGE(RecoveryChoice);
};

// The answer of POST /v1/recoveries: {recoveryId, choices: [...]} and, when a code went out
// (one channel, or via given), also {sentTo, channel, resendAfter, expiresIn, codeLength}. When
// no code went out the app shows the choices and calls POST /v1/recoveries/{id}/send.
struct RecoveryStart
{
    QString id; // wire name "recoveryId"
    QList<RecoveryChoice> choices;
    std::optional<CodeChallenge> sent; // its id is the recoveryId

    bool codeSent() const { return sent.has_value(); }
    AM_JSON_MESSAGE(RecoveryStart);
};

// POST /v1/recoveries/{id}/send: {via} -> CodeChallenge ("recoveryId")
struct RecoverySendRequest
{
    QString via;

    AM_JSON_MESSAGE(RecoverySendRequest);
};

// POST /v1/recoveries/{id}/complete: {code, newPassword, twoStep?} -> RecoveryResult. On an
// account with two-step verification on, a code by email or SMS is not enough: without twoStep
// the answer is E-TWO-STEP-REQUIRED (the recovery and its code stay valid for the retry).
struct CompleteRecoveryRequest
{
    QString code;
    QString newPassword;
    std::optional<TwoStepAnswer> twoStep;

    AM_JSON_MESSAGE(CompleteRecoveryRequest);
};

// {accountId}: the account whose password was reset; the app offers to sign in to it.
struct RecoveryResult
{
    qint64 accountId = 0;

    AM_JSON_MESSAGE(RecoveryResult);
};
