// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ApiError.h"
#include "protocol/SessionMessages.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class AccountApi;
class QLockFile;
class TokenStore;

// Exchanges an account's refresh token for a new pair, one exchange at a time on this computer.
// Callers in one process that ask together share one exchange; processes that share the keychain
// entry (the app and account-ctl) take turns through a lock file beside the settings, and each
// reads the entry again before it sends, since the other may have spent the token it holds. A
// spent token sent again looks like theft to the server, which then ends the session everywhere.
// The new refresh token is in the keychain before the lock is let go.
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResponse&, const ApiError&)>;

    TokenRefresher(AccountApi* api, TokenStore* tokens, QString lockDirectory, QObject* parent = nullptr);
    ~TokenRefresher() override;

    // held: the refresh token the caller has (used when the keychain cannot be read); deviceId:
    // this computer's, sent along so the server can forgive a reuse after a lost answer.
    void refresh(qint64 accountId, const QString& held, const QString& deviceId, Callback then);

private:
    // One account's exchange in flight and who waits for it.
    struct Pending
    {
        QString held;
        QString deviceId;
        std::unique_ptr<QLockFile> lock;
        QList<Callback> waiting;
    };

    void tryLock(qint64 accountId, int attempt);
    void exchange(qint64 accountId);
    void finish(qint64 accountId, const TokenResponse& tokens, const ApiError& error);
    QString lockPath(qint64 accountId) const;

    AccountApi* m_api;
    TokenStore* m_tokens;
    QString m_lockDirectory;
    QHash<qint64, std::shared_ptr<Pending>> m_pending;
};
