// SPDX-License-Identifier: Apache-2.0
#include "SessionMessages.h"

#include "JsonReader.h"

QJsonObject SignInRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("login"), login },
                       { QStringLiteral("password"), password },
                       { QStringLiteral("device"), device.toJson() } };
    if (captcha)
        json.insert(QStringLiteral("captcha"), captcha->toJson());
    if (deviceVerification)
        json.insert(QStringLiteral("deviceVerification"), deviceVerification->toJson());
    if (twoStep)
        json.insert(QStringLiteral("twoStep"), twoStep->toJson());
    if (!deviceSecret.isEmpty())
        json.insert(QStringLiteral("deviceSecret"), deviceSecret);
    return json;
}

SignInRequest SignInRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<SignInRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.login = reader.string("login", 254);
        result.password = reader.string("password", 1024);
        JsonReader device = reader.object("device");
        result.device = DeviceInfo::read(device);
        if (auto captcha = reader.optionalObject("captcha"))
            result.captcha = CaptchaAnswer::read(*captcha);
        if (auto verification = reader.optionalObject("deviceVerification"))
            result.deviceVerification = DeviceVerification::read(*verification);
        if (auto twoStep = reader.optionalObject("twoStep"))
            result.twoStep = TwoStepAnswer::read(*twoStep);
        result.deviceSecret = reader.optionalString("deviceSecret", 64);
    });
}

QJsonObject TokenResponse::toJson() const
{
    QJsonObject json { { QStringLiteral("accountId"), accountId },
                       { QStringLiteral("accessToken"), accessToken },
                       { QStringLiteral("refreshToken"), refreshToken },
                       { QStringLiteral("expiresIn"), expiresIn } };
    if (!deviceSecret.isEmpty())
        json.insert(QStringLiteral("deviceSecret"), deviceSecret);
    return json;
}

TokenResponse TokenResponse::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<TokenResponse>(json, error, [](JsonReader& reader, auto& result) {
        result.accountId = reader.integer("accountId", 1);
        result.accessToken = reader.string("accessToken", 512);
        result.refreshToken = reader.string("refreshToken", 512);
        result.expiresIn = static_cast<int>(reader.integer("expiresIn", 1, 86400 * 30));
        result.deviceSecret = reader.optionalString("deviceSecret", 64);
    });
}

QJsonObject RefreshRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("refreshToken"), refreshToken } };
    if (!deviceId.isEmpty())
        json.insert(QStringLiteral("deviceId"), deviceId);
    return json;
}

RefreshRequest RefreshRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<RefreshRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.refreshToken = reader.string("refreshToken", 512);
        result.deviceId = reader.optionalString("deviceId", 128);
    });
}
