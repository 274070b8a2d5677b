// SPDX-License-Identifier: Apache-2.0
#include "CaptchaMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

AM_JSON_FIELDS(CaptchaResponse)
{
    io.string("captchaId", captchaId);
    io.base64("image", image, 1 << 20);
}

AM_JSON_FIELDS(CaptchaAnswer)
{
    io.string("id", id, 64);
    io.string("answer", answer, 32);
}
