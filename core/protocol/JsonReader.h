#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QString>
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

    // Strings are trimmed of nothing and checked for length in UTF-16 units; empty counts as missing.
    QString string(const char* key, int maxLength = 256);
    std::optional<QString> optionalString(const char* key, int maxLength = 256);
    qint64 integer(const char* key, qint64 min = 0, qint64 max = (qint64(1) << 53));
    bool boolean(const char* key);
    std::optional<bool> optionalBoolean(const char* key);
    // A nested object; its reader reports into this one's error with "key." in front of field names.
    JsonReader object(const char* key);
    std::optional<JsonReader> optionalObject(const char* key);
    bool has(const char* key) const;

    bool ok() const { return !m_error->isError(); }
    const ApiError& error() const { return *m_error; }
    void fail(ErrorCode code, const char* key);

private:
    QString path(const char* key) const;

    QJsonObject m_object;
    QString m_prefix;
    ApiError m_ownError;
    ApiError* m_error;
};
