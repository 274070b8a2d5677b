#include "RegistrationMessages.h"

#include "JsonReader.h"

QJsonObject StartRegistrationRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("method"), method },
                       { QStringLiteral("region"), region },
                       { QStringLiteral("marketingOptIn"), marketingOptIn },
                       { QStringLiteral("captcha"), captcha.toJson() } };
    if (method == QLatin1String("email"))
        json.insert(QStringLiteral("email"), email);
    else
        json.insert(QStringLiteral("phone"), phone);
    return json;
}

StartRegistrationRequest StartRegistrationRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    StartRegistrationRequest result;
    result.method = reader.string("method", 8);
    if (reader.ok() && result.method != QLatin1String("email") && result.method != QLatin1String("phone"))
        reader.fail(ErrorCode::InvalidField, "method");
    if (reader.ok() && result.method == QLatin1String("email"))
        result.email = reader.string("email", 254);
    else if (reader.ok())
        result.phone = reader.string("phone", 40);
    result.region = reader.string("region", 2);
    result.marketingOptIn = reader.optionalBoolean("marketingOptIn").value_or(false);
    JsonReader captcha = reader.object("captcha");
    result.captcha = CaptchaAnswer::read(captcha);
    *error = reader.error();
    return result;
}

QJsonObject CodeChallenge::toJson(const QString& idName) const
{
    return { { idName, id },
             { QStringLiteral("sentTo"), sentTo },
             { QStringLiteral("channel"), channel },
             { QStringLiteral("resendAfter"), resendAfter },
             { QStringLiteral("expiresIn"), expiresIn },
             { QStringLiteral("codeLength"), codeLength } };
}

CodeChallenge CodeChallenge::fromJson(const QJsonObject& json, ApiError* error, const char* idName)
{
    JsonReader reader(json);
    CodeChallenge result;
    result.id = reader.string(idName, 64);
    result.sentTo = reader.string("sentTo", 254);
    result.channel = reader.string("channel", 8);
    result.resendAfter = static_cast<int>(reader.integer("resendAfter", 0, 86400));
    result.expiresIn = static_cast<int>(reader.integer("expiresIn", 0, 86400));
    result.codeLength = static_cast<int>(reader.integer("codeLength", 4, 8));
    *error = reader.error();
    return result;
}

QJsonObject VerifyCodeRequest::toJson() const
{
    return { { QStringLiteral("code"), code } };
}

VerifyCodeRequest VerifyCodeRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    VerifyCodeRequest result;
    result.code = reader.string("code", 16);
    *error = reader.error();
    return result;
}

QJsonObject CompleteRegistrationRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("password"), password },
                       { QStringLiteral("device"), device.toJson() } };
    if (!deviceSecret.isEmpty())
        json.insert(QStringLiteral("deviceSecret"), deviceSecret);
    return json;
}

CompleteRegistrationRequest CompleteRegistrationRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    CompleteRegistrationRequest result;
    result.password = reader.string("password", 1024);
    JsonReader device = reader.object("device");
    result.device = DeviceInfo::read(device);
    result.deviceSecret = reader.optionalString("deviceSecret", 64).value_or(QString());
    *error = reader.error();
    return result;
}

QJsonObject RegistrationStatus::toJson() const
{
    return { { QStringLiteral("registrationId"), id },       { QStringLiteral("verified"), verified },
             { QStringLiteral("sentTo"), sentTo },           { QStringLiteral("channel"), channel },
             { QStringLiteral("resendAfter"), resendAfter }, { QStringLiteral("expiresIn"), expiresIn } };
}

RegistrationStatus RegistrationStatus::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    RegistrationStatus result;
    result.id = reader.string("registrationId", 64);
    result.verified = reader.boolean("verified");
    result.sentTo = reader.string("sentTo", 254);
    result.channel = reader.string("channel", 8);
    result.resendAfter = static_cast<int>(reader.integer("resendAfter", 0, 86400));
    result.expiresIn = static_cast<int>(reader.integer("expiresIn", 0, 86400));
    *error = reader.error();
    return result;
}
