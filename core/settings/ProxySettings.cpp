// SPDX-License-Identifier: Apache-2.0
#include "ProxySettings.h"

#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>
#include <QUrl>

QNetworkProxy ProxySettings::manualProxy(const QString& password) const
{
    QNetworkProxy proxy(type == Type::Http ? QNetworkProxy::HttpProxy : QNetworkProxy::Socks5Proxy, host,
                        port);
    if (!user.isEmpty()) {
        proxy.setUser(user);
        proxy.setPassword(password);
    }
    return proxy;
}

QString ProxySettings::describe() const
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("%1://%2:%3%4")
            .arg(typeName(type), host)
            .arg(port)
            .arg(user.isEmpty() ? QString() : QStringLiteral(", user set"));
    case Mode::System:
        break;
    }
    // What the system would use for an HTTPS connection to a typical host.
    const QList<QNetworkProxy> found = QNetworkProxyFactory::systemProxyForQuery(
        QNetworkProxyQuery(QUrl(QStringLiteral("https://example.com/"))));
    for (const QNetworkProxy& proxy : found) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::Socks5Proxy)
            return QStringLiteral("system (%1://%2:%3)")
                .arg(proxy.type() == QNetworkProxy::HttpProxy ? QStringLiteral("http")
                                                              : QStringLiteral("socks5"),
                     proxy.hostName())
                .arg(proxy.port());
    }
    return QStringLiteral("system (none configured)");
}

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

ProxySettings::Mode ProxySettings::modeFromName(const QString& name)
{
    if (name == QLatin1String("none"))
        return Mode::None;
    if (name == QLatin1String("manual"))
        return Mode::Manual;
    return Mode::System;
}

QString ProxySettings::typeName(Type type)
{
    return type == Type::Http ? QStringLiteral("http") : QStringLiteral("socks5");
}

ProxySettings::Type ProxySettings::typeFromName(const QString& name)
{
    return name == QLatin1String("http") ? Type::Http : Type::Socks5;
}

bool ProxySettings::operator==(const ProxySettings& other) const
{
    return mode == other.mode && type == other.type && host == other.host && port == other.port
        && user == other.user;
}
