// SPDX-License-Identifier: Apache-2.0
#include "RecoveryMessages.h"

#include "JsonReader.h"
#include "JsonWriter.h"

#include <QJsonArray>

namespace {
// The choices' own rule, older than the generic list: anything but a list there is an invalid
// field (a missing one when absent), and any fault in a choice is the list's, not the field's.
void readChoices(JsonReader& reader, QList<RecoveryChoice>& choices)
{
    const QJsonObject json = reader.json();
    const QJsonValue list = json.value(QStringLiteral("choices"));
    if (!list.isArray())
        reader.fail(list.isUndefined() ? ErrorCode::MissingField : ErrorCode::InvalidField, "choices");
    for (const QJsonValue& value : list.toArray()) {
        JsonReader item(value.toObject(), QStringLiteral("choices."));
        RecoveryChoice choice;
        choice.fields(item);
        if (!item.ok()) {
            reader.fail(ErrorCode::InvalidField, "choices");
            break;
        }
        choices.append(choice);
    }
}
} // namespace

AM_JSON_FIELDS(StartRecoveryRequest)
{
    io.string("login", login, 254);
    io.optionalOneOf("via", via, contactKinds());
    io.object("captcha", captcha);
}

AM_JSON_FIELDS(RecoveryChoice)
{
    io.oneOf("via", via, contactKinds());
    io.string("sentTo", sentTo, 254);
}

AM_JSON_FIELDS(RecoveryStart)
{
    io.string("recoveryId", id, 64);
    if constexpr (Io::isReader)
        readChoices(io, choices);
    else
        io.objectList("choices", choices);
    // When a code went out, the rest of a CodeChallenge stands beside these fields (a reader knows
    // it by "sentTo" being there at all), and its id is the recoveryId.
    if constexpr (Io::isReader) {
        if (io.ok() && io.contains("sentTo"))
            sent.emplace().fields(io, "recoveryId");
    } else if (sent) {
        CodeChallenge challenge = *sent;
        challenge.id = id;
        challenge.fields(io, "recoveryId");
    }
}

AM_JSON_FIELDS(RecoverySendRequest)
{
    io.oneOf("via", via, contactKinds());
}

AM_JSON_FIELDS(CompleteRecoveryRequest)
{
    io.string("code", code, 16);
    io.string("newPassword", newPassword, 1024);
    io.optionalObject("twoStep", twoStep);
}

AM_JSON_FIELDS(RecoveryResult)
{
    io.integer("accountId", accountId, 1);
}
