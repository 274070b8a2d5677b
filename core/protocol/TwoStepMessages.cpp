// SPDX-License-Identifier: Apache-2.0
#include "TwoStepMessages.h"

#include "JsonReader.h"

#include <QJsonArray>

namespace {
// A TOTP code is 6 digits, a backup code a few groups of letters and digits with dashes: 32
// characters leave room for either as typed, spaces included, and no more.
constexpr int kCodeLength = 32;
} // namespace

QJsonObject TwoStepSetupRequest::toJson() const
{
    return { { QStringLiteral("password"), password } };
}

TwoStepSetupRequest TwoStepSetupRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<TwoStepSetupRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.password = reader.string("password", 1024);
    });
}

QJsonObject TwoStepSetup::toJson() const
{
    return { { QStringLiteral("setupId"), setupId },
             { QStringLiteral("secret"), secret },
             { QStringLiteral("otpauthUri"), otpauthUri },
             { QStringLiteral("digits"), digits },
             { QStringLiteral("period"), period } };
}

TwoStepSetup TwoStepSetup::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<TwoStepSetup>(json, error, [](JsonReader& reader, auto& result) {
        result.setupId = reader.string("setupId", 128);
        result.secret = reader.string("secret", 128);
        result.otpauthUri = reader.string("otpauthUri", 1024);
        result.digits = static_cast<int>(reader.integer("digits", 6, 8));
        result.period = static_cast<int>(reader.integer("period", 15, 120));
    });
}

QJsonObject TwoStepConfirmRequest::toJson() const
{
    return { { QStringLiteral("setupId"), setupId }, { QStringLiteral("code"), code } };
}

TwoStepConfirmRequest TwoStepConfirmRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<TwoStepConfirmRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.setupId = reader.string("setupId", 128);
        result.code = reader.string("code", kCodeLength);
    });
}

QJsonObject TwoStepBackupCodes::toJson() const
{
    return { { QStringLiteral("backupCodes"), QJsonArray::fromStringList(backupCodes) } };
}

TwoStepBackupCodes TwoStepBackupCodes::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<TwoStepBackupCodes>(json, error, [&json](JsonReader& reader, auto& result) {
        const QJsonValue codes = json.value(QStringLiteral("backupCodes"));
        if (!codes.isArray() || codes.toArray().isEmpty() || codes.toArray().size() > 20) {
            reader.fail(ErrorCode::InvalidField, "backupCodes");
            return;
        }
        for (const QJsonValue& code : codes.toArray()) {
            if (!code.isString() || code.toString().isEmpty() || code.toString().size() > kCodeLength) {
                reader.fail(ErrorCode::InvalidField, "backupCodes");
                return;
            }
            result.backupCodes.append(code.toString());
        }
    });
}

QJsonObject TwoStepDisableRequest::toJson() const
{
    return { { QStringLiteral("password"), password }, { QStringLiteral("code"), code } };
}

TwoStepDisableRequest TwoStepDisableRequest::fromJson(const QJsonObject& json, ApiError* error)
{
    return JsonReader::decode<TwoStepDisableRequest>(json, error, [](JsonReader& reader, auto& result) {
        result.password = reader.string("password", 1024);
        result.code = reader.string("code", kCodeLength);
    });
}

QJsonObject TwoStepAnswer::toJson() const
{
    return { { QStringLiteral("code"), code } };
}

TwoStepAnswer TwoStepAnswer::read(JsonReader& reader)
{
    return { reader.string("code", kCodeLength) };
}
