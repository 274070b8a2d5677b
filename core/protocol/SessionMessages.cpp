// SPDX-License-Identifier: Apache-2.0
#include "SessionMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

AM_JSON_FIELDS(SignInRequest)
{
    io.string("login", login, 254);
    io.string("password", password, 1024);
    io.object("device", device);
    io.optionalObject("captcha", captcha);
    io.optionalObject("deviceVerification", deviceVerification);
    io.optionalObject("twoStep", twoStep);
    io.optionalString("deviceSecret", deviceSecret, 64);
}

AM_JSON_FIELDS(TokenResponse)
{
    io.integer("accountId", accountId, 1);
    io.string("accessToken", accessToken, 512);
    io.string("refreshToken", refreshToken, 512);
    io.integer("expiresIn", expiresIn, 1, 86400 * 30);
    io.optionalString("deviceSecret", deviceSecret, 64);
}

AM_JSON_FIELDS(RefreshRequest)
{
    io.string("refreshToken", refreshToken, 512);
    io.optionalString("deviceId", deviceId, 128);
}
