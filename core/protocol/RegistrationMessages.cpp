// SPDX-License-Identifier: Apache-2.0
#include "RegistrationMessages.h"

#include "AccountMessages.h"
#include "JsonReader.h"

#include <QRegularExpression>

const QStringList& contactKinds()
{
    static const QStringList kinds { QStringLiteral("email"), QStringLiteral("phone") };
    return kinds;
}

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
    if (!language.isEmpty())
        json.insert(QStringLiteral("language"), language);
    return json;
}

StartRegistrationRequest StartRegistrationRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<StartRegistrationRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.method = reader.oneOf("method", contactKinds());
        // The method says which of the two is there; without a good method, neither is read.
        if (reader.ok() && result.method == QLatin1String("email"))
            result.email = reader.string("email", 254);
        else if (reader.ok())
            result.phone = reader.string("phone", 40);
        result.region = reader.string("region", 2);
        result.marketingOptIn = reader.optionalBoolean("marketingOptIn");
        JsonReader captcha = reader.object("captcha");
        result.captcha = CaptchaAnswer::read(captcha);
        static const QRegularExpression localeName(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"));
        const QString language = reader.optionalString("language", 35);
        if (!language.isEmpty() && !localeName.match(language).hasMatch())
            reader.fail(ErrorCode::InvalidField, "language");
        const QString known = accountLanguageFor(language);
        result.language = known.isEmpty() ? QStringLiteral("en") : known;
    });
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
    return JsonReader::decode<CodeChallenge>(
        json, error, [idName](JsonReader& reader, auto& result) { result = read(reader, idName); });
}

CodeChallenge CodeChallenge::read(JsonReader& reader, const char* idName)
{
    CodeChallenge result;
    result.id = reader.string(idName, 64);
    result.sentTo = reader.string("sentTo", 254);
    result.channel = reader.string("channel", 8);
    result.resendAfter = static_cast<int>(reader.integer("resendAfter", 0, 86400));
    result.expiresIn = static_cast<int>(reader.integer("expiresIn", 0, 86400));
    result.codeLength = static_cast<int>(reader.integer("codeLength", 4, 8));
    return result;
}

QJsonObject ChallengeAnswer::toJson() const
{
    return { { QStringLiteral("challengeId"), challengeId }, { QStringLiteral("code"), code } };
}

ChallengeAnswer ChallengeAnswer::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<ChallengeAnswer>(
        json, error, [](JsonReader& reader, auto& result) { result = read(reader); });
}

ChallengeAnswer ChallengeAnswer::read(JsonReader& reader)
{
    ChallengeAnswer result;
    result.challengeId = reader.string("challengeId", 64);
    result.code = reader.string("code", 16);
    return result;
}

QJsonObject VerifyCodeRequest::toJson() const
{
    return { { QStringLiteral("code"), code } };
}

VerifyCodeRequest VerifyCodeRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<VerifyCodeRequest>(
        json, error, [](JsonReader& reader, auto& result) { result.code = reader.string("code", 16); });
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
    return JsonReader::decode<CompleteRegistrationRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.password = reader.string("password", 1024);
        JsonReader device = reader.object("device");
        result.device = DeviceInfo::read(device);
        result.deviceSecret = reader.optionalString("deviceSecret", 64);
    });
}

QJsonObject RegistrationStatus::toJson() const
{
    return { { QStringLiteral("registrationId"), id },       { QStringLiteral("verified"), verified },
             { QStringLiteral("sentTo"), sentTo },           { QStringLiteral("channel"), channel },
             { QStringLiteral("resendAfter"), resendAfter }, { QStringLiteral("expiresIn"), expiresIn } };
}

RegistrationStatus RegistrationStatus::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<RegistrationStatus>(json, error, [](JsonReader& reader, auto& result) {
        result.id = reader.string("registrationId", 64);
        result.verified = reader.boolean("verified");
        result.sentTo = reader.string("sentTo", 254);
        result.channel = reader.string("channel", 8);
        result.resendAfter = static_cast<int>(reader.integer("resendAfter", 0, 86400));
        result.expiresIn = static_cast<int>(reader.integer("expiresIn", 0, 86400));
    });
}
