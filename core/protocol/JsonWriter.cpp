// SPDX-License-Identifier: Apache-2.0
#include "JsonWriter.h"

void JsonWriter::string(const char* key, const QString& value, int)
{
    m_object.insert(QLatin1String(key), value);
}

void JsonWriter::insertOptional(const char* key, const QString& value, WhenEmpty whenEmpty)
{
    if (!value.isEmpty() || whenEmpty == WhenEmpty::Write)
        m_object.insert(QLatin1String(key), value);
    else if (whenEmpty == WhenEmpty::Null)
        m_object.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
}

void JsonWriter::optionalString(const char* key, const QString& value, int, WhenEmpty whenEmpty)
{
    insertOptional(key, value, whenEmpty);
}

void JsonWriter::oneOf(const char* key, const QString& value, const QStringList&)
{
    m_object.insert(QLatin1String(key), value);
}

void JsonWriter::optionalOneOf(const char* key, const QString& value, const QStringList&, WhenEmpty whenEmpty)
{
    insertOptional(key, value, whenEmpty);
}

void JsonWriter::dateTime(const char* key, const QDateTime& value, Qt::DateFormat format, int)
{
    m_object.insert(QLatin1String(key), value.toUTC().toString(format));
}

void JsonWriter::optionalDateTime(const char* key, const QDateTime& value, Qt::DateFormat format)
{
    m_object.insert(QLatin1String(key),
                    value.isValid() ? QJsonValue(value.toUTC().toString(format))
                                    : QJsonValue(QJsonValue::Null));
}

void JsonWriter::base64(const char* key, const QByteArray& value, int)
{
    m_object.insert(QLatin1String(key), QString::fromLatin1(value.toBase64()));
}

void JsonWriter::integer(const char* key, qint64 value, qint64, qint64)
{
    m_object.insert(QLatin1String(key), value);
}

void JsonWriter::optionalInteger(const char* key, qint64 value, qint64, qint64, bool written)
{
    if (written)
        m_object.insert(QLatin1String(key), value);
}

void JsonWriter::boolean(const char* key, bool value)
{
    m_object.insert(QLatin1String(key), value);
}

void JsonWriter::optionalBoolean(const char* key, bool value, bool)
{
    m_object.insert(QLatin1String(key), value);
}

void JsonWriter::stringList(const char* key, const QStringList& list, int, int)
{
    m_object.insert(QLatin1String(key), QJsonArray::fromStringList(list));
}
