// SPDX-License-Identifier: Apache-2.0
#include "AccountChangeMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

AM_JSON_FIELDS(PasswordChallengeRequest)
{
    // Absent or "" means "whichever is bound".
    io.optionalOneOf("via", via, contactKinds());
}

AM_JSON_FIELDS(ChangePasswordRequest)
{
    io.string("challengeId", challengeId, 64);
    io.string("code", code, 16);
    io.string("newPassword", newPassword, 1024);
}

AM_JSON_FIELDS(ChangeEmailRequest)
{
    io.string("email", email, 254);
    io.string("password", password, 1024);
}

AM_JSON_FIELDS(ChangePhoneRequest)
{
    io.string("phone", phone, 40);
    io.string("region", region, 2);
    io.string("password", password, 1024);
}
