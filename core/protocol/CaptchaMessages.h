// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QByteArray>

// POST /v1/captcha -> {captchaId, image}: image is a PNG, base64 on the wire.
struct CaptchaResponse
{
    QString captchaId;
    QByteArray image; // PNG bytes

    AM_JSON_MESSAGE(CaptchaResponse);
};

// {id, answer}, carried inside requests that need a solved captcha.
struct CaptchaAnswer
{
    QString id;
    QString answer;

    AM_JSON_MESSAGE(CaptchaAnswer);
};
