// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QByteArray>

// POST /v1/captcha -> {captchaId, image}: image is a PNG, base64 on the wire.
struct CaptchaResponse
{
    QString captchaId;
    QByteArray image; // PNG bytes

    QJsonObject toJson() const;
    static CaptchaResponse fromJson(const QJsonObject& json, ApiError* error);
};

// {id, answer}, carried inside requests that need a solved captcha.
struct CaptchaAnswer
{
    QString id;
    QString answer;

    QJsonObject toJson() const;
    static CaptchaAnswer read(class JsonReader& reader);
};
