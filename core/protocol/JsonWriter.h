// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JsonMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Writes a message's fields (its fields(io) list, see JsonMessage.h) into a JSON object: the other
// direction of JsonReader, with the same calls. The limits and allowed words are the reader's; a
// writer writes what it has, and only decides how an empty optional field goes on the wire.
class JsonWriter
{
public:
    static constexpr bool isReader = false;

    // The frame of every toJson(). fields() is one template for both directions, so it cannot be
    // const; a writer only ever reads the message (every call below takes const references).
    template<typename T, typename... Extra> static QJsonObject write(const T& message, Extra... extra)
    {
        JsonWriter writer;
        const_cast<T&>(message).fields(writer, extra...);
        return writer.m_object;
    }

    void string(const char* key, const QString& value, int maxLength = 256);
    void optionalString(const char* key, const QString& value, int maxLength = 256,
                        WhenEmpty whenEmpty = WhenEmpty::Omit);
    void oneOf(const char* key, const QString& value, const QStringList& allowed);
    void optionalOneOf(const char* key, const QString& value, const QStringList& allowed,
                       WhenEmpty whenEmpty = WhenEmpty::Omit);
    // In UTC, as format writes it.
    void dateTime(const char* key, const QDateTime& value, Qt::DateFormat format = Qt::ISODate,
                  int maxLength = 40);
    // None (an invalid time) is written as null.
    void optionalDateTime(const char* key, const QDateTime& value, Qt::DateFormat format);
    void base64(const char* key, const QByteArray& value, int maxLength);
    void integer(const char* key, qint64 value, qint64 min = 0, qint64 max = kJsonMaxInteger);
    // Written only where the message says so (written), which a reader cannot know.
    void optionalInteger(const char* key, qint64 value, qint64 min, qint64 max, bool written);
    void boolean(const char* key, bool value);
    // Always written, false included.
    void optionalBoolean(const char* key, bool value, bool absent = false);

    template<typename T> void object(const char* key, const T& value)
    {
        m_object.insert(QLatin1String(key), write(value));
    }
    // Left out when there is none, or when a plain part isEmpty().
    template<typename T> void optionalObject(const char* key, const std::optional<T>& value)
    {
        if (value)
            object(key, *value);
    }
    template<typename T> void optionalObject(const char* key, const T& value)
    {
        if (!value.isEmpty())
            object(key, value);
    }
    template<typename T> void objectList(const char* key, const QList<T>& list)
    {
        QJsonArray items;
        for (const T& item : list)
            items.append(write(item));
        m_object.insert(QLatin1String(key), items);
    }
    void stringList(const char* key, const QStringList& list, int maxCount, int maxLength);

    // A writer has nothing to refuse: a step that reads only after good fields writes always.
    bool ok() const { return true; }

private:
    void insertOptional(const char* key, const QString& value, WhenEmpty whenEmpty);

    QJsonObject m_object;
};
