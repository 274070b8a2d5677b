#include "RecoveryMessages.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace {
bool isVia(const QString& via)
{
    return via == QLatin1String("email") || via == QLatin1String("phone");
}
} // namespace

QJsonObject StartRecoveryRequest::toJson() const
{
    QJsonObject json { { QStringLiteral("login"), login }, { QStringLiteral("captcha"), captcha.toJson() } };
    if (!via.isEmpty())
        json.insert(QStringLiteral("via"), via);
    return json;
}

StartRecoveryRequest StartRecoveryRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    StartRecoveryRequest result;
    result.login = reader.string("login", 254);
    result.via = reader.optionalString("via", 8).value_or(QString());
    if (reader.ok() && !result.via.isEmpty() && !isVia(result.via))
        reader.fail(ErrorCode::InvalidField, "via");
    JsonReader captcha = reader.object("captcha");
    result.captcha = CaptchaAnswer::read(captcha);
    *error = reader.error();
    return result;
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
    JsonReader reader(json);
    RecoveryStart result;
    result.id = reader.string("recoveryId", 64);
    const QJsonValue list = json.value(QStringLiteral("choices"));
    if (reader.ok() && !list.isArray())
        reader.fail(list.isUndefined() ? ErrorCode::MissingField : ErrorCode::InvalidField, "choices");
    for (const QJsonValue& value : list.toArray()) {
        JsonReader item(value.toObject(), QStringLiteral("choices."), nullptr);
        RecoveryChoice choice;
        choice.via = item.string("via", 8);
        choice.sentTo = item.string("sentTo", 254);
        if (!item.ok() || !isVia(choice.via)) {
            reader.fail(ErrorCode::InvalidField, "choices");
            break;
        }
        result.choices.append(choice);
    }
    if (reader.ok() && json.contains(QStringLiteral("sentTo"))) {
        ApiError sentError;
        result.sent = CodeChallenge::fromJson(json, &sentError, "recoveryId");
        if (sentError)
            *error = sentError;
        else
            *error = reader.error();
        return result;
    }
    *error = reader.error();
    return result;
}

QJsonObject RecoverySendRequest::toJson() const
{
    return { { QStringLiteral("via"), via } };
}

RecoverySendRequest RecoverySendRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    RecoverySendRequest result;
    result.via = reader.string("via", 8);
    if (reader.ok() && !isVia(result.via))
        reader.fail(ErrorCode::InvalidField, "via");
    *error = reader.error();
    return result;
}

QJsonObject CompleteRecoveryRequest::toJson() const
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("newPassword"), newPassword } };
}

CompleteRecoveryRequest CompleteRecoveryRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    CompleteRecoveryRequest result;
    result.code = reader.string("code", 16);
    result.newPassword = reader.string("newPassword", 1024);
    *error = reader.error();
    return result;
}

QJsonObject RecoveryResult::toJson() const
{
    return { { QStringLiteral("accountId"), accountId } };
}

RecoveryResult RecoveryResult::fromJson(const QJsonObject& json, ApiError* error)
{
    JsonReader reader(json);
    RecoveryResult result;
    result.accountId = reader.integer("accountId", 1);
    *error = reader.error();
    return result;
}
