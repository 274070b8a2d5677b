// SPDX-License-Identifier: Apache-2.0
#include "OutputFormatter.h"

#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QJsonDocument>
#include <cstdio>

namespace {
void write(std::FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

OutputFormatter::OutputFormatter(bool json)
    : m_json(json)
{
}

void OutputFormatter::line(const QString& text)
{
    if (!m_json)
        write(stdout, text);
}

void OutputFormatter::field(const QString& label, const QString& key, const QJsonValue& value)
{
    if (m_json) {
        m_object.insert(key, value);
        return;
    }
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toVariant().toString();
    write(stdout, label + QStringLiteral(": ") + text);
}

void OutputFormatter::set(const QString& key, const QJsonValue& value)
{
    m_object.insert(key, value);
}

void OutputFormatter::note(const QString& text)
{
    write(stderr, text);
}

void OutputFormatter::note(const ApiError& error)
{
    note(errorText(error));
}

void OutputFormatter::accountProfile(const AccountProfile& profile)
{
    auto orNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    field(QStringLiteral("Account ID"), QStringLiteral("accountId"), profile.accountId);
    const QString email = profile.email.isEmpty() ? QString() : EmailAddress::mask(profile.email);
    const QString phone = profile.phone.isEmpty() ? QString() : PhoneNumbers::mask(profile.phone);
    if (m_json) {
        set(QStringLiteral("email"), orNull(email));
        set(QStringLiteral("phone"), orNull(phone));
        set(QStringLiteral("region"), orNull(profile.region));
        return;
    }
    if (!email.isEmpty())
        line(QStringLiteral("Email: ") + email);
    if (!phone.isEmpty())
        line(QStringLiteral("Phone: ") + phone);
    if (!profile.region.isEmpty())
        line(QStringLiteral("Region: ") + profile.region);
}

QString OutputFormatter::deviceLine(const BoundDevice& device)
{
    return QStringLiteral("%1  %2  %3  %4  last seen %5%6")
        .arg(device.id, device.kind, device.name,
             device.platform.isEmpty() ? QStringLiteral("-") : device.platform,
             device.lastSeen.toUTC().toString(Qt::ISODate),
             device.current ? QStringLiteral("  (this computer)") : QString());
}

QString OutputFormatter::errorText(const ApiError& error)
{
    QString text = error.userMessage();
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (") + error.detail + QLatin1Char(')');
    return text + QStringLiteral(" [") + error.reference() + QLatin1Char(']');
}

void OutputFormatter::error(const ApiError& error)
{
    if (!m_json) {
        write(stderr, QStringLiteral("account-ctl: ") + errorText(error));
        if (!error.devices.isEmpty()) {
            // What to unbind first: the same lines as `devices list`.
            ApiError ignored;
            const DeviceList list = DeviceList::fromJson(
                QJsonObject { { QStringLiteral("devices"), error.devices } }, &ignored);
            for (const BoundDevice& device : list.devices)
                write(stderr, QStringLiteral("  ") + deviceLine(device));
        }
        return;
    }
    // The catalog's user message rather than the server's text: the same words the app shows.
    QJsonObject inner {
        { QStringLiteral("code"), error.wireName() },
        { QStringLiteral("message"), error.userMessage() },
        { QStringLiteral("requestId"),
          error.requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.requestId) },
        { QStringLiteral("field"),
          error.field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.field) },
    };
    if (!error.detail.isEmpty())
        inner.insert(QStringLiteral("detail"), error.detail);
    if (error.until.isValid())
        inner.insert(QStringLiteral("until"), error.until.toUTC().toString(Qt::ISODate));
    if (!error.devices.isEmpty())
        inner.insert(QStringLiteral("devices"), error.devices);
    m_object.insert(QStringLiteral("error"), inner);
}

void OutputFormatter::usageError(const QString& message)
{
    if (!m_json) {
        write(stderr, QStringLiteral("account-ctl: ") + message);
        return;
    }
    m_object.insert(QStringLiteral("error"),
                    QJsonObject { { QStringLiteral("code"), QStringLiteral("E-USAGE") },
                                  { QStringLiteral("message"), message },
                                  { QStringLiteral("requestId"), QJsonValue(QJsonValue::Null) },
                                  { QStringLiteral("field"), QJsonValue(QJsonValue::Null) } });
}

void OutputFormatter::flush()
{
    if (m_json && !m_flushed) {
        m_flushed = true;
        std::fputs(QJsonDocument(m_object).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    }
    std::fflush(stdout);
}
