// SPDX-License-Identifier: Apache-2.0
#include "TokenRefresher.h"

#include "api/AccountApi.h"
#include "session/TokenStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QTimer>

namespace {
constexpr int kLockPollMs = 50;
constexpr int kLockAttempts
    = 200; // 10 s: then go ahead, as a refresh of another process never takes that long
} // namespace

TokenRefresher::TokenRefresher(AccountApi* api, TokenStore* tokens, QString lockDirectory, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_tokens(tokens)
    , m_lockDirectory(std::move(lockDirectory))
{
}

TokenRefresher::~TokenRefresher() = default;

QString TokenRefresher::lockPath(qint64 accountId) const
{
    // One lock per server and account, named without either in clear.
    const QByteArray key = m_api->serverUrl().toString().toUtf8() + '#' + QByteArray::number(accountId);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16);
    return QDir(m_lockDirectory).filePath(QStringLiteral("refresh-%1.lock").arg(QString::fromLatin1(digest)));
}

void TokenRefresher::refresh(qint64 accountId, const QString& held, const QString& deviceId, Callback then)
{
    std::shared_ptr<Pending>& pending = m_pending[accountId];
    if (pending) {
        // An exchange is in flight already: its result answers this caller too.
        pending->waiting.append(std::move(then));
        return;
    }
    pending = std::make_shared<Pending>();
    pending->held = held;
    pending->deviceId = deviceId;
    pending->waiting.append(std::move(then));
    tryLock(accountId, 0);
}

void TokenRefresher::tryLock(qint64 accountId, int attempt)
{
    const std::shared_ptr<Pending> pending = m_pending.value(accountId);
    if (!pending)
        return;
    QDir().mkpath(m_lockDirectory);
    pending->lock = std::make_unique<QLockFile>(lockPath(accountId));
    // A process that died holding it leaves a stale lock, taken over after this long.
    pending->lock->setStaleLockTime(30000);
    if (!pending->lock->tryLock(0) && attempt < kLockAttempts) {
        pending->lock.reset();
        // Polled from the event loop: the UI thread never waits on another process.
        QTimer::singleShot(kLockPollMs, this,
                           [this, accountId, attempt] { tryLock(accountId, attempt + 1); });
        return;
    }
    exchange(accountId);
}

void TokenRefresher::exchange(qint64 accountId)
{
    m_tokens->read(m_api->serverUrl(), accountId, this,
                   [this, accountId](const QString& stored, const ApiError& error) {
                       const std::shared_ptr<Pending> pending = m_pending.value(accountId);
                       if (!pending)
                           return;
                       // Another process may have exchanged the token this one holds: the keychain has the
                       // live one.
                       const QString token = !error && !stored.isEmpty() ? stored : pending->held;
                       m_api->refresh(
                           token, this,
                           [this, accountId](const TokenResponse& tokens, const ApiError& refreshError) {
                               if (refreshError) {
                                   finish(accountId, {}, refreshError);
                                   return;
                               }
                               m_tokens->write(m_api->serverUrl(), tokens.accountId, tokens.refreshToken,
                                               this, [this, accountId, tokens](const ApiError& writeError) {
                                                   finish(accountId, tokens, writeError);
                                               });
                           },
                           pending->deviceId);
                   });
}

void TokenRefresher::finish(qint64 accountId, const TokenResponse& tokens, const ApiError& error)
{
    const std::shared_ptr<Pending> pending = m_pending.take(accountId);
    if (!pending)
        return;
    if (pending->lock && pending->lock->isLocked())
        pending->lock->unlock();
    for (const Callback& callback : std::as_const(pending->waiting))
        callback(tokens, error);
}
