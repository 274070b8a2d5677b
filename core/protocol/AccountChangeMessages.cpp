#include "AccountChangeMessages.h"

#include "JsonReader.h"

namespace {
// "email" or "phone"; absent or "" means "whichever is bound".
QString readVia(JsonReader& reader)
{
    const QString via = reader.optionalString("via", 8).value_or(QString());
    if (reader.ok() && !via.isEmpty() && via != QLatin1String("email") && via != QLatin1String("phone"))
        reader.fail(ErrorCode::InvalidField, "via");
    return via;
}
} // namespace

QJsonObject PasswordChallengeRequest::toJson() const
{
    QJsonObject json;
    if (!via.isEmpty())
        json.insert(QStringLiteral("via"), via);
    return json;
}

PasswordChallengeRequest PasswordChallengeRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    PasswordChallengeRequest result;
    result.via = readVia(reader);
    *error = reader.error();
    return result;
}

QJsonObject ChangePasswordRequest::toJson() const
{
    return { { QStringLiteral("challengeId"), challengeId },
             { QStringLiteral("code"), code },
             { QStringLiteral("newPassword"), newPassword } };
}

ChangePasswordRequest ChangePasswordRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    ChangePasswordRequest result;
    result.challengeId = reader.string("challengeId", 64);
    result.code = reader.string("code", 16);
    result.newPassword = reader.string("newPassword", 1024);
    *error = reader.error();
    return result;
}

QJsonObject ChangeEmailRequest::toJson() const
{
    return { { QStringLiteral("email"), email }, { QStringLiteral("password"), password } };
}

ChangeEmailRequest ChangeEmailRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    ChangeEmailRequest result;
    result.email = reader.string("email", 254);
    result.password = reader.string("password", 1024);
    *error = reader.error();
    return result;
}

QJsonObject ChangePhoneRequest::toJson() const
{
    return { { QStringLiteral("phone"), phone },
             { QStringLiteral("region"), region },
             { QStringLiteral("password"), password } };
}

ChangePhoneRequest ChangePhoneRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    ChangePhoneRequest result;
    result.phone = reader.string("phone", 40);
    result.region = reader.string("region", 2);
    result.password = reader.string("password", 1024);
    *error = reader.error();
    return result;
}

QJsonObject ConfirmContactRequest::toJson() const
{
    return { { QStringLiteral("challengeId"), challengeId }, { QStringLiteral("code"), code } };
}

ConfirmContactRequest ConfirmContactRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    ConfirmContactRequest result;
    result.challengeId = reader.string("challengeId", 64);
    result.code = reader.string("code", 16);
    *error = reader.error();
    return result;
}
