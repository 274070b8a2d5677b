// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"
#include "JsonMessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Reads a message's fields (its fields(io) list, see JsonMessage.h) out of a JSON object with the
// protocol's rules, remembering the first problem as an ApiError naming the field ("device.id").
// Every field is read, then the error is asked for: so a message is a flat list, not a tree of ifs.
// The arguments a reader does not need (WhenEmpty, when a field is written) are JsonWriter's.
class JsonReader
{
public:
    static constexpr bool isReader = true;

    explicit JsonReader(const QJsonObject& object, QString prefix = {}, ApiError* sharedError = nullptr);
    JsonReader(const JsonReader& other);
    JsonReader& operator=(const JsonReader& other);

    // The frame of every fromJson(): the fields of a default-constructed T are read, and *error
    // gets the first problem (or none) once all are.
    template<typename T, typename... Extra>
    static T read(const QJsonObject& json, ApiError* error, Extra... extra)
    {
        JsonReader reader(json);
        T result;
        result.fields(reader, extra...);
        *error = reader.error();
        return result;
    }

    // Strings are trimmed of nothing and checked for length in UTF-16 units; empty counts as missing.
    void string(const char* key, QString& value, int maxLength = 256);
    // Absent, null and "" all read as "": the protocol never tells an empty optional string from none.
    void optionalString(const char* key, QString& value, int maxLength = 256, WhenEmpty = WhenEmpty::Omit);
    // A word of a closed set ("email" or "phone"); anything else is an invalid field. The optional
    // form reads absent or "" as "".
    void oneOf(const char* key, QString& value, const QStringList& allowed);
    void optionalOneOf(const char* key, QString& value, const QStringList& allowed,
                       WhenEmpty = WhenEmpty::Omit);
    // A time as text in format; one that does not parse is an invalid field.
    void dateTime(const char* key, QDateTime& value, Qt::DateFormat format = Qt::ISODate, int maxLength = 40);
    // Absent or null: none (an invalid QDateTime); anything else must be a time in format.
    void optionalDateTime(const char* key, QDateTime& value, Qt::DateFormat format);
    // Bytes, base64 on the wire; text that decodes to nothing is an invalid field.
    void base64(const char* key, QByteArray& value, int maxLength);

    template<typename Int>
    void integer(const char* key, Int& value, qint64 min = 0, qint64 max = kJsonMaxInteger)
    {
        value = static_cast<Int>(readInteger(key, min, max));
    }
    // Read when present; absent, value keeps its default.
    template<typename Int>
    void optionalInteger(const char* key, Int& value, qint64 min, qint64 max, bool /*written*/)
    {
        if (has(key))
            integer(key, value, min, max);
    }

    void boolean(const char* key, bool& value);
    void optionalBoolean(const char* key, bool& value, bool absent = false);

    // A nested object; its reader reports into this one's error with "key." in front of field names.
    template<typename T> void object(const char* key, T& value)
    {
        JsonReader reader = nested(key);
        value.fields(reader);
    }
    // Absent or null: std::nullopt, or for a plain part, left as it is (empty).
    template<typename T> void optionalObject(const char* key, std::optional<T>& value)
    {
        value.reset();
        if (has(key))
            object(key, value.emplace());
    }
    template<typename T> void optionalObject(const char* key, T& value)
    {
        if (has(key))
            object(key, value);
    }

    // A list of objects. Anything but a list is a missing field; a fault in an item is reported at
    // the item's field under the list's name ("devices.name"), with no index: what clients were
    // always told.
    template<typename T> void objectList(const char* key, QList<T>& list)
    {
        list.clear();
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (!value.isArray()) {
            fail(ErrorCode::MissingField, key);
            return;
        }
        const QJsonArray items = value.toArray();
        for (const QJsonValue& item : items) {
            JsonReader reader(item.toObject(), path(key) + QLatin1Char('.'), m_error);
            T element;
            element.fields(reader);
            list.append(element);
        }
    }
    // 1…maxCount non-empty strings of at most maxLength; any fault is the list's invalid field.
    void stringList(const char* key, QStringList& list, int maxCount, int maxLength);

    bool has(const char* key) const; // there and not null
    bool contains(const char* key) const; // there, null or not

    // The object itself, for a message's own rule (RecoveryStart's choices).
    const QJsonObject& json() const { return m_object; }
    bool ok() const { return !m_error->isError(); }
    const ApiError& error() const { return *m_error; }
    void fail(ErrorCode code, const char* key);

private:
    QString path(const char* key) const;
    QString readString(const char* key, int maxLength);
    QString readOptionalString(const char* key, int maxLength);
    QString checkOneOf(const char* key, const QString& value, const QStringList& allowed);
    qint64 readInteger(const char* key, qint64 min, qint64 max);
    JsonReader nested(const char* key);

    QJsonObject m_object;
    QString m_prefix;
    ApiError m_ownError;
    ApiError* m_error;
};
