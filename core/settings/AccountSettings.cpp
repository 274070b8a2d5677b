// SPDX-License-Identifier: Apache-2.0
#include "AccountSettings.h"

#include <QSysInfo>
#include <QUuid>
#include <algorithm>

AccountSettings::AccountSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AccountSettings::AccountSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

void AccountSettings::write(const QString& key, const QVariant& value)
{
    // QSettings rewrites (and fdatasyncs) its file on the UI thread after any setValue(), even of the
    // value already there, and every sign-in sets the same list, label and current account again.
    // Read back from an ini file, a one-item list is a string: compare as the new value's type.
    QVariant current = m_settings->value(key);
    if (current.isValid() && current.convert(value.metaType()) && current == value)
        return;
    m_settings->setValue(key, value);
}

void AccountSettings::erase(const QString& key)
{
    m_settings->beginGroup(key);
    const bool isGroup = !m_settings->allKeys().isEmpty();
    m_settings->endGroup();
    if (isGroup || m_settings->contains(key))
        m_settings->remove(key);
}

QString AccountSettings::serverKey(const QUrl& server)
{
    // One group per server origin, readable for support staff: "servers/https_127.0.0.1_8443".
    // '/' and ':' would be taken as QSettings' group separator or escaped beyond recognition.
    const int port = server.port(server.scheme() == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("servers/%1_%2_%3").arg(server.scheme(), server.host()).arg(port);
}

QList<qint64> AccountSettings::accounts(const QUrl& server) const
{
    QList<qint64> result;
    const QStringList ids = m_settings->value(serverKey(server) + QStringLiteral("/accounts")).toStringList();
    for (const QString& id : ids) {
        bool ok = false;
        const qint64 value = id.toLongLong(&ok);
        if (ok && value > 0)
            result.append(value);
    }
    return result;
}

void AccountSettings::addAccount(const QUrl& server, qint64 accountId)
{
    QStringList ids = m_settings->value(serverKey(server) + QStringLiteral("/accounts")).toStringList();
    const QString id = QString::number(accountId);
    if (!ids.contains(id))
        ids.append(id);
    write(serverKey(server) + QStringLiteral("/accounts"), ids);
}

void AccountSettings::removeAccount(const QUrl& server, qint64 accountId)
{
    QStringList ids = m_settings->value(serverKey(server) + QStringLiteral("/accounts")).toStringList();
    if (ids.removeAll(QString::number(accountId)) > 0)
        write(serverKey(server) + QStringLiteral("/accounts"), ids);
    if (currentAccount(server) == accountId)
        erase(serverKey(server) + QStringLiteral("/current"));
}

qint64 AccountSettings::currentAccount(const QUrl& server) const
{
    return m_settings->value(serverKey(server) + QStringLiteral("/current")).toLongLong();
}

void AccountSettings::setCurrentAccount(const QUrl& server, qint64 accountId)
{
    write(serverKey(server) + QStringLiteral("/current"), QString::number(accountId));
}

QString AccountSettings::accountLabel(const QUrl& server, qint64 accountId) const
{
    return m_settings->value(QStringLiteral("%1/known/%2/label").arg(serverKey(server)).arg(accountId))
        .toString();
}

void AccountSettings::setAccountLabel(const QUrl& server, qint64 accountId, const QString& maskedLogin)
{
    write(QStringLiteral("%1/known/%2/label").arg(serverKey(server)).arg(accountId), maskedLogin);
}

QList<qint64> AccountSettings::knownAccounts(const QUrl& server) const
{
    m_settings->beginGroup(serverKey(server) + QStringLiteral("/known"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QList<qint64> result;
    for (const QString& group : groups) {
        bool ok = false;
        const qint64 id = group.toLongLong(&ok);
        if (ok && id > 0)
            result.append(id);
    }
    std::sort(result.begin(), result.end());
    return result;
}

void AccountSettings::forgetAccount(const QUrl& server, qint64 accountId)
{
    removeAccount(server, accountId);
    erase(QStringLiteral("%1/known/%2").arg(serverKey(server)).arg(accountId));
}

DeviceInfo AccountSettings::thisDevice()
{
    QString id = m_settings->value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        write(QStringLiteral("device/id"), id);
    }
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QStringLiteral("Computer");
    return DeviceInfo { id, name.left(100), QStringLiteral("computer"),
                        QSysInfo::prettyProductName().left(100) };
}

QString AccountSettings::language() const
{
    return m_settings->value(QStringLiteral("ui/language")).toString();
}

ProxySettings AccountSettings::proxy() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::modeFromName(m_settings->value(QStringLiteral("network/proxy")).toString());
    proxy.type
        = ProxySettings::typeFromName(m_settings->value(QStringLiteral("network/proxyType")).toString());
    proxy.host = m_settings->value(QStringLiteral("network/proxyHost")).toString();
    proxy.port = quint16(m_settings->value(QStringLiteral("network/proxyPort")).toUInt());
    proxy.user = m_settings->value(QStringLiteral("network/proxyUser")).toString();
    return proxy;
}

void AccountSettings::setProxy(const ProxySettings& proxy)
{
    write(QStringLiteral("network/proxy"), ProxySettings::modeName(proxy.mode));
    if (proxy.mode != ProxySettings::Mode::Manual) {
        // The manual details stay: switching back to them later should not mean typing them again.
        return;
    }
    write(QStringLiteral("network/proxyType"), ProxySettings::typeName(proxy.type));
    write(QStringLiteral("network/proxyHost"), proxy.host);
    write(QStringLiteral("network/proxyPort"), proxy.port);
    write(QStringLiteral("network/proxyUser"), proxy.user);
}

void AccountSettings::setLanguage(const QString& language)
{
    write(QStringLiteral("ui/language"), language);
}
