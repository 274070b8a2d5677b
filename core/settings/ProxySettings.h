// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QNetworkProxy>
#include <QString>

// How this computer reaches the account server: through the system's proxy settings (the
// default), directly, or through a proxy the user names (HTTP CONNECT or SOCKS5, with an optional
// user). Kept in AccountSettings, except the proxy's password, which lives in the keychain.
struct ProxySettings
{
    enum class Mode { System, None, Manual };
    enum class Type { Http, Socks5 };

    Mode mode = Mode::System;
    Type type = Type::Socks5;
    QString host;
    quint16 port = 0;
    QString user; // empty: the proxy asks for no login

    bool needsPassword() const { return mode == Mode::Manual && !user.isEmpty(); }
    // The proxy to use for a manual setting; the password comes from the keychain.
    QNetworkProxy manualProxy(const QString& password) const;
    // For diagnostics and logs: "system (none configured)", "none", "socks5://proxy.example:1080,
    // user set". Never the password, nor the user name (it may be an email address).
    QString describe() const;
    // The names kept in settings and shown by account-ctl: "system", "none", "manual"; "http", "socks5".
    static QString modeName(Mode mode);
    static Mode modeFromName(const QString& name); // unknown names: System
    static QString typeName(Type type);
    static Type typeFromName(const QString& name); // unknown names: Socks5

    bool operator==(const ProxySettings& other) const;
    bool operator!=(const ProxySettings& other) const { return !(*this == other); }
};
