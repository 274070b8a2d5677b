// SPDX-License-Identifier: Apache-2.0
#include "TwoStepMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

namespace {
// A TOTP code is 6 digits, a backup code a few groups of letters and digits with dashes: 32
// characters leave room for either as typed, spaces included, and no more.
constexpr int kCodeLength = 32;
} // namespace

AM_JSON_FIELDS(TwoStepSetupRequest)
{
    io.string("password", password, 1024);
}

AM_JSON_FIELDS(TwoStepSetup)
{
    io.string("setupId", setupId, 128);
    io.string("secret", secret, 128);
    io.string("otpauthUri", otpauthUri, 1024);
    io.integer("digits", digits, 6, 8);
    io.integer("period", period, 15, 120);
}

AM_JSON_FIELDS(TwoStepConfirmRequest)
{
    io.string("setupId", setupId, 128);
    io.string("code", code, kCodeLength);
}

AM_JSON_FIELDS(TwoStepBackupCodes)
{
    io.stringList("backupCodes", backupCodes, 20, kCodeLength);
}

AM_JSON_FIELDS(TwoStepDisableRequest)
{
    io.string("password", password, 1024);
    io.string("code", code, kCodeLength);
}

AM_JSON_FIELDS(TwoStepAnswer)
{
    io.string("code", code, kCodeLength);
}
