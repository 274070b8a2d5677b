// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Two-step verification with an authenticator app (TOTP, RFC 6238). The paths and field names are
// a contract other clients test against: never rename one.

// POST /v1/account/two-step (signed in): {password} -> 201 TwoStepSetup. Nothing is switched on
// until the first code is confirmed.
struct TwoStepSetupRequest
{
    QString password;

    AM_JSON_MESSAGE(TwoStepSetupRequest);
};

// {setupId, secret, otpauthUri, digits, period}: the new secret in base32 (what a user types into
// the authenticator app by hand) and the same as an otpauth:// URI (what the QR code holds).
struct TwoStepSetup
{
    QString setupId;
    QString secret; // base32, no padding
    QString otpauthUri; // otpauth://totp/Issuer:label?secret=…&issuer=…&digits=6&period=30
    int digits = 6;
    int period = 30; // seconds

    AM_JSON_MESSAGE(TwoStepSetup);
};

// POST /v1/account/two-step/confirm (signed in): {setupId, code} -> 200 TwoStepBackupCodes; two-step
// is on from then. A wrong code: 400 E-CODE-WRONG with attemptsLeft.
struct TwoStepConfirmRequest
{
    QString setupId;
    QString code; // the first code the app shows

    AM_JSON_MESSAGE(TwoStepConfirmRequest);
};

// {backupCodes: [10 strings]}: each signs in once where the app is not at hand. Shown once only.
struct TwoStepBackupCodes
{
    QStringList backupCodes;

    AM_JSON_MESSAGE(TwoStepBackupCodes);
};

// DELETE /v1/account/two-step (signed in): {password, code} -> 204; code is a TOTP or backup code.
struct TwoStepDisableRequest
{
    QString password;
    QString code;

    AM_JSON_MESSAGE(TwoStepDisableRequest);
};

// {code}: what a sign-in, a recovery's completion or a deletion carries as "twoStep" on an account
// with two-step on, after E-TWO-STEP-REQUIRED. A TOTP code (6 digits) or a backup code.
struct TwoStepAnswer
{
    QString code;

    AM_JSON_MESSAGE(TwoStepAnswer);
};
