// SPDX-License-Identifier: Apache-2.0
#include "JsonReader.h"

#include <cmath>

JsonReader::JsonReader(const QJsonObject& object, QString prefix, ApiError* sharedError)
    : m_object(object)
    , m_prefix(std::move(prefix))
    , m_error(sharedError ? sharedError : &m_ownError)
{
}

// A top-level reader owns its error; a copy of it must own its own copy, not point into the original.
JsonReader::JsonReader(const JsonReader& other)
    : m_object(other.m_object)
    , m_prefix(other.m_prefix)
    , m_ownError(other.m_ownError)
    , m_error(other.m_error == &other.m_ownError ? &m_ownError : other.m_error)
{
}

JsonReader& JsonReader::operator=(const JsonReader& other)
{
    if (this != &other) {
        m_object = other.m_object;
        m_prefix = other.m_prefix;
        m_ownError = other.m_ownError;
        m_error = other.m_error == &other.m_ownError ? &m_ownError : other.m_error;
    }
    return *this;
}

QString JsonReader::path(const char* key) const
{
    return m_prefix + QLatin1String(key);
}

void JsonReader::fail(ErrorCode code, const char* key)
{
    if (!m_error->isError())
        *m_error = ApiError(code, path(key));
}

bool JsonReader::has(const char* key) const
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::string(const char* key, int maxLength)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())) {
        fail(ErrorCode::MissingField, key);
        return {};
    }
    if (!value.isString() || value.toString().size() > maxLength) {
        fail(ErrorCode::InvalidField, key);
        return {};
    }
    return value.toString();
}

QString JsonReader::optionalString(const char* key, int maxLength)
{
    if (!has(key))
        return {};
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isString() || value.toString().size() > maxLength) {
        fail(ErrorCode::InvalidField, key);
        return {};
    }
    return value.toString();
}

// An empty value is absent, or a failed read already reported.
QString JsonReader::checkOneOf(const char* key, const QString& value, const QStringList& allowed)
{
    if (!value.isEmpty() && !allowed.contains(value))
        fail(ErrorCode::InvalidField, key);
    return value;
}

namespace {
// A string longer than every word of the set is refused as too long: the same invalid field.
int longest(const QStringList& words)
{
    int result = 0;
    for (const QString& word : words)
        result = qMax(result, int(word.size()));
    return result;
}
} // namespace

QString JsonReader::oneOf(const char* key, const QStringList& allowed)
{
    return checkOneOf(key, string(key, longest(allowed)), allowed);
}

QString JsonReader::optionalOneOf(const char* key, const QStringList& allowed)
{
    return checkOneOf(key, optionalString(key, longest(allowed)), allowed);
}

QDateTime JsonReader::dateTime(const char* key, Qt::DateFormat format, int maxLength)
{
    // After a missing or bad string this fail() changes nothing: the first problem is the one kept.
    const QDateTime time = QDateTime::fromString(string(key, maxLength), format);
    if (!time.isValid())
        fail(ErrorCode::InvalidField, key);
    return time;
}

qint64 JsonReader::integer(const char* key, qint64 min, qint64 max)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        fail(ErrorCode::MissingField, key);
        return 0;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::isnan(number) || std::floor(number) != number || number < double(min)
        || number > double(max)) {
        fail(ErrorCode::InvalidField, key);
        return 0;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        fail(ErrorCode::MissingField, key);
        return false;
    }
    if (!value.isBool()) {
        fail(ErrorCode::InvalidField, key);
        return false;
    }
    return value.toBool();
}

bool JsonReader::optionalBoolean(const char* key, bool absent)
{
    if (!has(key))
        return absent;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isBool()) {
        fail(ErrorCode::InvalidField, key);
        return absent;
    }
    return value.toBool();
}

JsonReader JsonReader::object(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        fail(ErrorCode::MissingField, key);
    else if (!value.isObject())
        fail(ErrorCode::InvalidField, key);
    return JsonReader(value.toObject(), path(key) + QLatin1Char('.'), m_error);
}

std::optional<JsonReader> JsonReader::optionalObject(const char* key)
{
    if (!has(key))
        return std::nullopt;
    return object(key);
}
