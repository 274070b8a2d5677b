// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorCode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// An error as the user, support and the code see it. The server sends it as
// {"error":{"code","message","field","requestId"[,"until","attemptsLeft","reasons","devices","challenge"]}};
// the client adds what the network said.
struct ApiError
{
    ErrorCode code = ErrorCode::None;
    QString message; // the server's English text; the UI shows ErrorCatalog::userMessage(code) instead
    QString field; // the request field it concerns ("login", "device.id"), empty when none
    QString requestId; // the server's X-Request-Id, for support
    QDateTime until; // when a lock or rate limit ends, if any
    int attemptsLeft = -1; // E-CODE-WRONG: tries left for this code; -1 when not said
    QStringList reasons; // E-PASSWORD-WEAK: the rules broken ("too_short", "common", ...)
    // E-DEVICES-STILL-BOUND: the devices to unbind first, each as in GET /v1/devices; empty otherwise.
    QJsonArray devices;
    // E-DEVICE-VERIFICATION-REQUIRED: where the code went, a CodeChallenge with "challengeId".
    QJsonObject challenge;
    int httpStatus = 0;
    QString detail; // client side only: Qt's network or TLS reason, never shown without the message

    ApiError() = default;
    ApiError(ErrorCode code, QString field = {}, QString message = {});

    bool isError() const { return code != ErrorCode::None; }
    explicit operator bool() const { return isError(); }

    QString wireName() const { return ErrorCatalog::wireName(code); }
    // Translated text for the user, with the lock end time where there is one.
    QString userMessage() const;
    // "E-LOGIN-LOCKED · 3f2a9c…": what the user reads out to support.
    QString reference() const;

    // Not a field list as the messages have (JsonMessage.h): an envelope is read leniently, any
    // shape becoming some error (BadResponse at worst), never refused at a field.
    QJsonObject toJson() const; // the whole {"error":{…}} envelope
    static ApiError fromJson(const QJsonObject& envelope, int httpStatus); // BadResponse when malformed
};
