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

bool JsonReader::contains(const char* key) const
{
    return m_object.contains(QLatin1String(key));
}

QString JsonReader::readString(const char* key, int maxLength)
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

QString JsonReader::readOptionalString(const char* key, int maxLength)
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

void JsonReader::string(const char* key, QString& value, int maxLength)
{
    value = readString(key, maxLength);
}

void JsonReader::optionalString(const char* key, QString& value, int maxLength, WhenEmpty)
{
    value = readOptionalString(key, maxLength);
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

void JsonReader::oneOf(const char* key, QString& value, const QStringList& allowed)
{
    value = checkOneOf(key, readString(key, longest(allowed)), allowed);
}

void JsonReader::optionalOneOf(const char* key, QString& value, const QStringList& allowed, WhenEmpty)
{
    value = checkOneOf(key, readOptionalString(key, longest(allowed)), allowed);
}

void JsonReader::dateTime(const char* key, QDateTime& value, Qt::DateFormat format, int maxLength)
{
    // After a missing or bad string this fail() changes nothing: the first problem is the one kept.
    value = QDateTime::fromString(readString(key, maxLength), format);
    if (!value.isValid())
        fail(ErrorCode::InvalidField, key);
}

void JsonReader::optionalDateTime(const char* key, QDateTime& value, Qt::DateFormat format)
{
    value = {};
    if (!has(key))
        return;
    // Not a string, "" and text that is no time alike: an invalid field.
    value = QDateTime::fromString(m_object.value(QLatin1String(key)).toString(), format);
    if (!value.isValid())
        fail(ErrorCode::InvalidField, key);
}

void JsonReader::base64(const char* key, QByteArray& value, int maxLength)
{
    value.clear();
    const QString text = readString(key, maxLength);
    if (text.isEmpty())
        return; // missing or too long: reported
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1());
    // Base64 that decodes to nothing ("V") holds nothing: a captcha page would show a blank.
    if (decoded && !decoded.decoded.isEmpty())
        value = *decoded;
    else
        fail(ErrorCode::InvalidField, key);
}

qint64 JsonReader::readInteger(const char* key, qint64 min, qint64 max)
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

void JsonReader::boolean(const char* key, bool& result)
{
    result = false;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        fail(ErrorCode::MissingField, key);
    else if (!value.isBool())
        fail(ErrorCode::InvalidField, key);
    else
        result = value.toBool();
}

void JsonReader::optionalBoolean(const char* key, bool& result, bool absent)
{
    result = absent;
    if (!has(key))
        return;
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isBool())
        result = value.toBool();
    else
        fail(ErrorCode::InvalidField, key);
}

void JsonReader::stringList(const char* key, QStringList& list, int maxCount, int maxLength)
{
    list.clear();
    const QJsonValue value = m_object.value(QLatin1String(key));
    const QJsonArray items = value.toArray();
    if (!value.isArray() || items.isEmpty() || items.size() > maxCount) {
        fail(ErrorCode::InvalidField, key);
        return;
    }
    for (const QJsonValue& item : items) {
        if (!item.isString() || item.toString().isEmpty() || item.toString().size() > maxLength) {
            fail(ErrorCode::InvalidField, key);
            return;
        }
        list.append(item.toString());
    }
}

JsonReader JsonReader::nested(const char* key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        fail(ErrorCode::MissingField, key);
    else if (!value.isObject())
        fail(ErrorCode::InvalidField, key);
    return JsonReader(value.toObject(), path(key) + QLatin1Char('.'), m_error);
}
