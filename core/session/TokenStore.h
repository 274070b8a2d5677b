#pragma once

#include "protocol/ApiError.h"

#include <QObject>
#include <QUrl>
#include <functional>

// Refresh tokens in the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Manager), one entry per server and account ID. Never anywhere else: when no
// keychain is reachable the calls fail with E-KEYCHAIN-UNAVAILABLE, and nothing is written
// in plain text instead.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString& token, const ApiError& error)>;
    using DoneCallback = std::function<void(const ApiError& error)>;

    explicit TokenStore(QObject* parent = nullptr);

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

private:
    QString m_service;
};
