// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

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

    QJsonObject toJson() const;
    static TwoStepSetupRequest fromJson(const QJsonObject& json, ApiError* error);
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

    QJsonObject toJson() const;
    static TwoStepSetup fromJson(const QJsonObject& json, ApiError* error);
};

// POST /v1/account/two-step/confirm (signed in): {setupId, code} -> 200 TwoStepBackupCodes; two-step
// is on from then. A wrong code: 400 E-CODE-WRONG with attemptsLeft.
struct TwoStepConfirmRequest
{
    QString setupId;
    QString code; // the first code the app shows

    QJsonObject toJson() const;
    static TwoStepConfirmRequest fromJson(const QJsonObject& json, ApiError* error);
};

// {backupCodes: [10 strings]}: each signs in once where the app is not at hand. Shown once only.
struct TwoStepBackupCodes
{
    QStringList backupCodes;

    QJsonObject toJson() const;
    static TwoStepBackupCodes fromJson(const QJsonObject& json, ApiError* error);
};

// DELETE /v1/account/two-step (signed in): {password, code} -> 204; code is a TOTP or backup code.
struct TwoStepDisableRequest
{
    QString password;
    QString code;

    QJsonObject toJson() const;
    static TwoStepDisableRequest fromJson(const QJsonObject& json, ApiError* error);
};

// {code}: what a sign-in, a recovery's completion or a deletion carries as "twoStep" on an account
// with two-step on, after E-TWO-STEP-REQUIRED. A TOTP code (6 digits) or a backup code.
struct TwoStepAnswer
{
    QString code;

    QJsonObject toJson() const;
    static TwoStepAnswer read(class JsonReader& reader);
};
