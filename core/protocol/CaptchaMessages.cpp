// SPDX-License-Identifier: Apache-2.0
#include "CaptchaMessages.h"

#include "JsonReader.h"

QJsonObject CaptchaResponse::toJson() const
{
    return { { QStringLiteral("captchaId"), captchaId },
             { QStringLiteral("image"), QString::fromLatin1(image.toBase64()) } };
}

CaptchaResponse CaptchaResponse::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<CaptchaResponse>(json, error, [](JsonReader& reader, auto& result) {
        result.captchaId = reader.string("captchaId");
        const QString image = reader.string("image", 1 << 20);
        if (!reader.ok())
            return;
        auto decoded = QByteArray::fromBase64Encoding(image.toLatin1());
        // Base64 that decodes to nothing ("V") is no image: the captcha page would show a blank.
        if (decoded && !decoded.decoded.isEmpty())
            result.image = *decoded;
        else
            reader.fail(ErrorCode::InvalidField, "image");
    });
}

QJsonObject CaptchaAnswer::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("answer"), answer } };
}

CaptchaAnswer CaptchaAnswer::read(JsonReader& reader)
{
    CaptchaAnswer result;
    result.id = reader.string("id", 64);
    result.answer = reader.string("answer", 32);
    return result;
}
