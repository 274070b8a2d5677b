// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Reads fields out of a JSON object with the protocol's rules, remembering the first problem as an
// ApiError naming the field ("device.id"). Decoders read every field, then ask ok(): so each
// decoder is a flat list of reads, not a tree of ifs.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject& object, QString prefix = {}, ApiError* sharedError = nullptr);
    JsonReader(const JsonReader& other);
    JsonReader& operator=(const JsonReader& other);

    // The frame of every fromJson(): readFields(reader, result) reads the fields of a
    // default-constructed T, and *error gets the first problem (or none) once all are read.
    template<typename T, typename ReadFields>
    static T decode(const QJsonObject& json, ApiError* error, ReadFields readFields)
    {
        JsonReader reader(json);
        T result;
        readFields(reader, result);
        *error = reader.error();
        return result;
    }

    // Strings are trimmed of nothing and checked for length in UTF-16 units; empty counts as missing.
    QString string(const char* key, int maxLength = 256);
    // Absent, null and "" all read as "": the protocol never tells an empty optional string from none.
    QString optionalString(const char* key, int maxLength = 256);
    // A word of a closed set ("email" or "phone"); anything else is an invalid field. The optional
    // form reads absent or "" as "".
    QString oneOf(const char* key, const QStringList& allowed);
    QString optionalOneOf(const char* key, const QStringList& allowed);
    // A time as text in format; one that does not parse is an invalid field.
    QDateTime dateTime(const char* key, Qt::DateFormat format = Qt::ISODate, int maxLength = 40);
    qint64 integer(const char* key, qint64 min = 0, qint64 max = (qint64(1) << 53));
    bool boolean(const char* key);
    bool optionalBoolean(const char* key, bool absent = false);
    // A nested object; its reader reports into this one's error with "key." in front of field names.
    JsonReader object(const char* key);
    std::optional<JsonReader> optionalObject(const char* key);
    bool has(const char* key) const;

    bool ok() const { return !m_error->isError(); }
    const ApiError& error() const { return *m_error; }
    void fail(ErrorCode code, const char* key);

private:
    QString path(const char* key) const;
    QString checkOneOf(const char* key, const QString& value, const QStringList& allowed);

    QJsonObject m_object;
    QString m_prefix;
    ApiError m_ownError;
    ApiError* m_error;
};
