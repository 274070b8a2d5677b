#include "SessionMessages.h"

#include "JsonReader.h"

QJsonObject SignInRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("login"), login },
                       { QStringLiteral("password"), password },
                       { QStringLiteral("device"), device.toJson() } };
    if (captcha)
        json.insert(QStringLiteral("captcha"), captcha->toJson());
    return json;
}

SignInRequest SignInRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    SignInRequest result;
    result.login = reader.string("login", 254);
    result.password = reader.string("password", 1024);
    JsonReader device = reader.object("device");
    result.device = DeviceInfo::read(device);
    if (auto captcha = reader.optionalObject("captcha"))
        result.captcha = CaptchaAnswer::read(*captcha);
    *error = reader.error();
    return result;
}

QJsonObject TokenResponse::toJson() const
{
    return { { QStringLiteral("accountId"), accountId },
             { QStringLiteral("accessToken"), accessToken },
             { QStringLiteral("refreshToken"), refreshToken },
             { QStringLiteral("expiresIn"), expiresIn } };
}

TokenResponse TokenResponse::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    TokenResponse result;
    result.accountId = reader.integer("accountId", 1);
    result.accessToken = reader.string("accessToken", 512);
    result.refreshToken = reader.string("refreshToken", 512);
    result.expiresIn = static_cast<int>(reader.integer("expiresIn", 1, 86400 * 30));
    *error = reader.error();
    return result;
}

QJsonObject RefreshRequest::toJson() const
{
    return { { QStringLiteral("refreshToken"), refreshToken } };
}

RefreshRequest RefreshRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    RefreshRequest result;
    result.refreshToken = reader.string("refreshToken", 512);
    *error = reader.error();
    return result;
}
