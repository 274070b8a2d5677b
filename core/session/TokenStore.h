// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ApiError.h"

#include <QObject>
#include <QUrl>
#include <functional>

// Refresh tokens in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Manager), one entry per server and account ID, and the other secrets of the app
// (this computer's device secret, a proxy's password). Never anywhere else: when no
// keychain is reachable the calls fail with E-KEYCHAIN-UNAVAILABLE, and nothing is written
// in plain text instead.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString& token, const ApiError& error)>;
    using DoneCallback = std::function<void(const ApiError& error)>;

    // Whose keychain naming the entries follow (see storedKey()).
    enum class Platform { Linux, MacOS, Windows };

    explicit TokenStore(QObject* parent = nullptr);

    // The platform this build runs on.
    static Platform currentPlatform();
    // The name an entry is kept under in the keychain of platform. Secret Service and the macOS
    // Keychain keep the service next to the key, so the key stays as it is; Windows's Credential
    // Manager names a credential by one string, and qtkeychain (before 0.17) makes it the key alone,
    // ignoring the service: there the service leads ("AccountManager/https://host:port|42"), so that
    // a test's entries (service "AccountManagerTest-…") never meet the user's own.
    static QString storedKey(const QString& service, const QString& key, Platform platform);
    // Where the same entry was kept before storedKey() named the service, read once and moved
    // (Windows: the key alone); empty where nothing moved.
    static QString legacyKey(const QString& key, Platform platform);
    // Tests on Linux run Windows's naming and its migration against the Secret Service.
    void setKeyPlatform(Platform platform) { m_platform = platform; }

    // The keychain service name; tests use their own so they never touch a user's entries.
    void setServiceName(const QString& name) { m_service = name; }
    QString serviceName() const { return m_service; }

    // "https://host:port|1234567890": the key of one account's entry.
    static QString entryKey(const QUrl& server, qint64 accountId);

    void write(const QUrl& server, qint64 accountId, const QString& refreshToken, QObject* context,
               DoneCallback callback);
    // A missing entry reads as an empty token with error E-NOT-SIGNED-IN.
    void read(const QUrl& server, qint64 accountId, QObject* context, ReadCallback callback);
    // Removing a missing entry is not an error.
    void remove(const QUrl& server, qint64 accountId, QObject* context, DoneCallback callback);

    // The secret the server gave this computer (TokenResponse::deviceSecret), one per server: with
    // it a sign-in is from a known device, whatever the account. "https://host:port|device".
    static QString deviceKey(const QUrl& server);
    void writeDeviceSecret(const QUrl& server, const QString& secret, QObject* context,
                           DoneCallback callback);
    // Missing: empty with E-NOT-SIGNED-IN, as for a token.
    void readDeviceSecret(const QUrl& server, QObject* context, ReadCallback callback);

    // The password of a manual proxy (ProxySettings), one per proxy host and port:
    // "proxy|host:port". Missing: empty with E-NOT-SIGNED-IN, as for a token.
    static QString proxyKey(const QString& host, quint16 port);
    void writeProxyPassword(const QString& host, quint16 port, const QString& password, QObject* context,
                            DoneCallback callback);
    void readProxyPassword(const QString& host, quint16 port, QObject* context, ReadCallback callback);
    void removeProxyPassword(const QString& host, quint16 port, QObject* context, DoneCallback callback);

private:
    void removeEntry(const QString& key, QObject* context, DoneCallback callback);
    void writeEntry(const QString& key, const QString& text, QObject* context, DoneCallback callback);
    void readEntry(const QString& key, QObject* context, ReadCallback callback);
    static void readLegacy(const QString& service, Platform platform, const QString& key, QObject* context,
                           const ReadCallback& callback);
    static void removeStored(const QString& storedName, const QString& service, QObject* context,
                             DoneCallback callback);

    QString m_service;
    Platform m_platform = currentPlatform();
};
