// SPDX-License-Identifier: Apache-2.0
#include "AccountChangeMessages.h"

#include "JsonReader.h"

QJsonObject PasswordChallengeRequest::toJson() const
{
    QJsonObject json;
    if (!via.isEmpty())
        json.insert(QStringLiteral("via"), via);
    return json;
}

PasswordChallengeRequest PasswordChallengeRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    // Absent or "" means "whichever is bound".
    return JsonReader::decode<PasswordChallengeRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.via = reader.optionalOneOf("via", contactKinds());
    });
}

QJsonObject ChangePasswordRequest::toJson() const
{
    return { { QStringLiteral("challengeId"), challengeId },
             { QStringLiteral("code"), code },
             { QStringLiteral("newPassword"), newPassword } };
}

ChangePasswordRequest ChangePasswordRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<ChangePasswordRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.challengeId = reader.string("challengeId", 64);
        result.code = reader.string("code", 16);
        result.newPassword = reader.string("newPassword", 1024);
    });
}

QJsonObject ChangeEmailRequest::toJson() const
{
    return { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
}

ChangeEmailRequest ChangeEmailRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<ChangeEmailRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.email = reader.string("email", 254);
        result.password = reader.string("password", 1024);
    });
}

QJsonObject ChangePhoneRequest::toJson() const
{
    return { { QStringLiteral("phone"), phone },
             { QStringLiteral("region"), region },
             { QStringLiteral("password"), password } };
}

ChangePhoneRequest ChangePhoneRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<ChangePhoneRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.phone = reader.string("phone", 40);
        result.region = reader.string("region", 2);
        result.password = reader.string("password", 1024);
    });
}
