// SPDX-License-Identifier: Apache-2.0
#include "RecoveryMessages.h"

#include "JsonReader.h"

#include <QJsonArray>

QJsonObject StartRecoveryRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("login"), login }, { QStringLiteral("captcha"), captcha.toJson() } };
    if (!via.isEmpty())
        json.insert(QStringLiteral("via"), via);
    return json;
}

StartRecoveryRequest StartRecoveryRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<StartRecoveryRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.login = reader.string("login", 254);
        result.via = reader.optionalOneOf("via", contactKinds());
        JsonReader captcha = reader.object("captcha");
        result.captcha = CaptchaAnswer::read(captcha);
    });
}

QJsonObject RecoveryChoice::toJson() const
{
    return { { QStringLiteral("via"), via }, { QStringLiteral("sentTo"), sentTo } };
}

QJsonObject RecoveryStart::toJson() const
{
    QJsonObject json = sent ? sent->toJson(QStringLiteral("recoveryId")) : QJsonObject();
    json.insert(QStringLiteral("recoveryId"), id);
    QJsonArray list;
    for (const RecoveryChoice& choice : choices)
        list.append(choice.toJson());
    json.insert(QStringLiteral("choices"), list);
    return json;
}

RecoveryStart RecoveryStart::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<RecoveryStart>(json, error, [&json](JsonReader& reader, auto& result) {
        result.id = reader.string("recoveryId", 64);
        const QJsonValue list = json.value(QStringLiteral("choices"));
        if (reader.ok() && !list.isArray())
            reader.fail(list.isUndefined() ? ErrorCode::MissingField : ErrorCode::InvalidField, "choices");
        for (const QJsonValue& value : list.toArray()) {
            // Any fault in a choice is the list's: "choices", not the field inside.
            JsonReader item(value.toObject(), QStringLiteral("choices."), nullptr);
            RecoveryChoice choice;
            choice.via = item.oneOf("via", contactKinds());
            choice.sentTo = item.string("sentTo", 254);
            if (!item.ok()) {
                reader.fail(ErrorCode::InvalidField, "choices");
                break;
            }
            result.choices.append(choice);
        }
        // The rest of a CodeChallenge, present when a code went out.
        if (reader.ok() && json.contains(QStringLiteral("sentTo")))
            result.sent = CodeChallenge::read(reader, "recoveryId");
    });
}

QJsonObject RecoverySendRequest::toJson() const
{
    return { { QStringLiteral("via"), via } };
}

RecoverySendRequest RecoverySendRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<RecoverySendRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.via = reader.oneOf("via", contactKinds());
    });
}

QJsonObject CompleteRecoveryRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("code"), code }, { QStringLiteral("newPassword"), newPassword } };
    if (twoStep)
        json.insert(QStringLiteral("twoStep"), twoStep->toJson());
    return json;
}

CompleteRecoveryRequest CompleteRecoveryRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<CompleteRecoveryRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.code = reader.string("code", 16);
        result.newPassword = reader.string("newPassword", 1024);
        if (auto twoStep = reader.optionalObject("twoStep"))
            result.twoStep = TwoStepAnswer::read(*twoStep);
    });
}

QJsonObject RecoveryResult::toJson() const
{
    return { { QStringLiteral("accountId"), accountId } };
}

RecoveryResult RecoveryResult::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<RecoveryResult>(json, error, [](JsonReader& reader, auto& result) {
        result.accountId = reader.integer("accountId", 1);
    });
}
