// SPDX-License-Identifier: Apache-2.0
#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

ApiError::ApiError(ErrorCode code, QString field, QString message)
    : code(code)
    , message(message.isEmpty() ? QString::fromUtf8(ErrorCatalog::info(code).userMessage)
                                : std::move(message))
    , field(std::move(field))
    , httpStatus(ErrorCatalog::httpStatus(code))
{
}

QString ApiError::userMessage() const
{
    QString text = ErrorCatalog::userMessage(code);
    if (until.isValid()) {
        const QString when = QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
        //: %1 is a time of day, e.g. 14:35
        text += QLatin1Char(' ') + QCoreApplication::translate("ApiError", "Try again after %1.").arg(when);
    }
    if (attemptsLeft >= 0) {
        text += QLatin1Char(' ')
            + QCoreApplication::translate("ApiError", "%n attempt(s) left.", nullptr, attemptsLeft);
    }
    return text;
}

QString ApiError::reference() const
{
    if (requestId.isEmpty())
        return wireName();
    return wireName() + QStringLiteral(" \u00b7 ") + requestId;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject inner {
        { QStringLiteral("code"), wireName() },
        { QStringLiteral("message"), message },
        { QStringLiteral("field"), field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field) },
        { QStringLiteral("requestId"), requestId },
    };
    if (until.isValid())
        inner.insert(QStringLiteral("until"), until.toUTC().toString(Qt::ISODate));
    if (attemptsLeft >= 0)
        inner.insert(QStringLiteral("attemptsLeft"), attemptsLeft);
    if (!reasons.isEmpty())
        inner.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
    if (!devices.isEmpty())
        inner.insert(QStringLiteral("devices"), devices);
    if (!challenge.isEmpty())
        inner.insert(QStringLiteral("challenge"), challenge);
    return QJsonObject { { QStringLiteral("error"), inner } };
}

ApiError ApiError::fromJson(const QJsonObject& envelope, int status)
{
    const QJsonValue inner = envelope.value(QStringLiteral("error"));
    const QJsonValue code = inner.toObject().value(QStringLiteral("code"));
    if (!inner.isObject() || !code.isString()) {
        ApiError error(ErrorCode::BadResponse);
        error.httpStatus = status;
        return error;
    }
    const QJsonObject obj = inner.toObject();
    // "E-NONE" in an error envelope would make a failed request look like a success to its caller.
    const ErrorCode errorCode = ErrorCatalog::fromWireName(code.toString());
    if (errorCode == ErrorCode::None) {
        ApiError error(ErrorCode::BadResponse);
        error.httpStatus = status;
        return error;
    }
    ApiError error(errorCode, obj.value(QStringLiteral("field")).toString(),
                   obj.value(QStringLiteral("message")).toString());
    error.requestId = obj.value(QStringLiteral("requestId")).toString();
    const QString until = obj.value(QStringLiteral("until")).toString();
    if (!until.isEmpty())
        error.until = QDateTime::fromString(until, Qt::ISODate);
    error.attemptsLeft = qMax(-1, obj.value(QStringLiteral("attemptsLeft")).toInt(-1)); // -1: not said
    for (const QJsonValue& reason : obj.value(QStringLiteral("reasons")).toArray())
        error.reasons.append(reason.toString());
    error.devices = obj.value(QStringLiteral("devices")).toArray();
    error.challenge = obj.value(QStringLiteral("challenge")).toObject();
    error.httpStatus = status;
    return error;
}
