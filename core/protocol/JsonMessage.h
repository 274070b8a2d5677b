// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QJsonObject>

class JsonReader;
class JsonWriter;

// Every message lists its fields once, with their rules, in a template that a JsonReader and a
// JsonWriter both walk (as cereal's serialize(Archive&) does):
//
//     template<typename Io> void TokenResponse::fields(Io& io)
//     {
//         io.integer("accountId", accountId, 1);
//         io.string("accessToken", accessToken, 512);
//         io.optionalString("deviceSecret", deviceSecret, 64);
//     }
//
// So a field's name, limits and absent-or-null rule are written in one place, and reading and
// writing cannot drift apart. Where a message has a rule of its own (a default for a value the
// client does not know, a check across fields), it stays a small step beside the list, under
// `if constexpr (Io::isReader)` when only reading has it.

// How a writer puts an empty optional value on the wire. A reader takes all three as empty: the
// protocol never tells an empty optional string from none, but each field keeps the form it has
// always been written in.
enum class WhenEmpty {
    Omit, // the field is left out
    Null, // "email": null
    Write, // "platform": ""
};

// The largest integer a field takes by default: what a double, and so every JSON reader, holds
// exactly.
constexpr qint64 kJsonMaxInteger = qint64(1) << 53;

// Declares toJson(), fromJson() and the field list, in the struct: one line instead of three
// declarations repeated in every message.
#define AM_JSON_MESSAGE(Type)                                                                                \
    QJsonObject toJson() const;                                                                              \
    static Type fromJson(const QJsonObject& json, ApiError* error);                                          \
    template<typename Io> void fields(Io& io)

// Defines them in the message's .cpp, and starts the definition of its field list: the list
// follows in braces, with the Io it is given named `io`:
//
//     AM_JSON_FIELDS(VerifyCodeRequest)
//     {
//         io.string("code", code, 16);
//     }
//
// The list is instantiated here for both directions, so that messages nesting this one
// (SignInRequest's device) use it without seeing it.
#define AM_JSON_FIELDS(Type)                                                                                 \
    template void Type::fields(JsonReader&);                                                                 \
    template void Type::fields(JsonWriter&);                                                                 \
    QJsonObject Type::toJson() const                                                                         \
    {                                                                                                        \
        return JsonWriter::write(*this);                                                                     \
    }                                                                                                        \
    Type Type::fromJson(const QJsonObject& json, ApiError* error)                                            \
    {                                                                                                        \
        return JsonReader::read<Type>(json, error);                                                          \
    }                                                                                                        \
    template<typename Io> void Type::fields(Io& io)
