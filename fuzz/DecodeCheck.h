// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "FuzzInput.h"

#include <QJsonDocument>
#include <QJsonObject>

// Runs one decoder over an object and checks what the protocol promises of every decoder: a refusal is
// a field error (never a crash), and whatever it accepts it writes back in a form it accepts again,
// unchanged. A message the server takes in must survive the trip to the database and back out.
namespace DecodeCheck {

template<typename Message, typename Decode, typename Encode>
void roundTrip(const QJsonObject& object, Decode decode, Encode encode)
{
    ApiError error;
    const Message first = decode(object, &error);
    if (error.isError()) {
        FuzzInput::require(error.code == ErrorCode::MissingField || error.code == ErrorCode::InvalidField);
        FuzzInput::require(!error.field.isEmpty());
        return;
    }
    const QJsonObject written = encode(first);
    ApiError again;
    const Message second = decode(written, &again);
    FuzzInput::require(!again.isError());
    FuzzInput::require(encode(second) == written);
}

template<typename Message> void roundTrip(const QJsonObject& object)
{
    roundTrip<Message>(
        object, [](const QJsonObject& json, ApiError* error) { return Message::fromJson(json, error); },
        [](const Message& message) { return message.toJson(); });
}

// The server's body rule (AccountServer::dispatch): one JSON object, or nothing.
inline bool readObject(const QByteArray& body, QJsonObject* object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

} // namespace DecodeCheck
