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

std::optional<QString> JsonReader::optionalString(const char* key, int maxLength)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isString() || value.toString().size() > maxLength) {
        fail(ErrorCode::InvalidField, key);
        return std::nullopt;
    }
    return value.toString();
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

std::optional<bool> JsonReader::optionalBoolean(const char* key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (!value.isBool()) {
        fail(ErrorCode::InvalidField, key);
        return std::nullopt;
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
