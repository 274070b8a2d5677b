// SPDX-License-Identifier: Apache-2.0
#include "TokenStore.h"

#include "logging/LogCategories.h"

#include <qt6keychain/keychain.h>

namespace {

ApiError keychainError(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return ApiError(ErrorCode::NotSignedIn);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: {
        ApiError error(ErrorCode::KeychainUnavailable);
        error.detail = job->errorString();
        return error;
    }
    case QKeychain::OtherError: {
        // On Linux, a missing Secret Service surfaces as OtherError with D-Bus's own words
        // ("Cannot autolaunch D-Bus without X11 $DISPLAY", "The name org.freedesktop.secrets was
        // not provided by any .service files"): that is an absent keychain, not a refusal.
        const QString text = job->errorString();
        const bool absent = text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("org.freedesktop.secrets"))
            || text.contains(QLatin1String("No keychain"));
        ApiError error(absent ? ErrorCode::KeychainUnavailable : ErrorCode::KeychainError);
        error.detail = text;
        return error;
    }
    default: {
        ApiError error(ErrorCode::KeychainError);
        error.detail = job->errorString();
        return error;
    }
    }
}

template<typename JobType> JobType* makeJob(const QString& service, const QString& key)
{
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    job->setKey(key);
    // Never fall back to a plain-text file: a refresh token is as good as the password.
    job->setInsecureFallback(false);
    return job;
}

} // namespace

TokenStore::TokenStore(QObject* parent)
    : QObject(parent)
    , m_service(QStringLiteral("AccountManager"))
{
}

QString TokenStore::entryKey(const QUrl& server, qint64 accountId)
{
    return server
               .adjusted(QUrl::RemovePath | QUrl::StripTrailingSlash | QUrl::RemoveQuery
                         | QUrl::RemoveFragment)
               .toString()
        + QLatin1Char('|') + QString::number(accountId);
}

TokenStore::Platform TokenStore::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::Windows;
#elif defined(Q_OS_MACOS)
    return Platform::MacOS;
#else
    return Platform::Linux;
#endif
}

QString TokenStore::storedKey(const QString& service, const QString& key, Platform platform)
{
    if (platform != Platform::Windows)
        return key;
    return service + QLatin1Char('/') + key;
}

QString TokenStore::legacyKey(const QString& key, Platform platform)
{
    return platform == Platform::Windows ? key : QString();
}

namespace {
// The service an entry of the old naming (legacyKey) is looked up with. qtkeychain before 0.17
// ignores the service on Windows; 0.17 and later name a credential "key@service" unless the service
// is empty, when the name is the key alone again: with an empty service, every version finds the
// credential an older build wrote under the bare key.
QString legacyService()
{
    return QString();
}

// Which entry and how it went; never the token.
void logJob(const char* action, const QString& service, const QString& key, const ApiError& error)
{
    if (error && error.code != ErrorCode::NotSignedIn)
        qCInfo(lcKeychain).noquote() << action << service << key << "failed:" << error.wireName()
                                     << error.detail;
    else
        qCDebug(lcKeychain).noquote() << action << service << key << (error ? "no entry" : "ok");
}
} // namespace

// The entry under its old name (legacyKey): read it, write it under the new name, and only when that
// worked remove the old one, so that a failure leaves it where it was, to be found again next time.
// Static, with everything by value: the jobs may outlive the TokenStore, never the context.
void TokenStore::readLegacy(const QString& service, Platform platform, const QString& key, QObject* context,
                            const ReadCallback& callback)
{
    const QString oldName = legacyKey(key, platform);
    auto* job = makeJob<QKeychain::ReadPasswordJob>(legacyService(), oldName);
    connect(job, &QKeychain::Job::finished, context, [=](QKeychain::Job* done) {
        const ApiError error = keychainError(done);
        logJob("read (old name)", legacyService(), oldName, error);
        if (error) {
            callback(QString(), error);
            return;
        }
        const QString text = static_cast<QKeychain::ReadPasswordJob*>(done)->textData();
        const QString newName = storedKey(service, key, platform);
        auto* move = makeJob<QKeychain::WritePasswordJob>(service, newName);
        move->setTextData(text);
        connect(move, &QKeychain::Job::finished, context, [=](QKeychain::Job* written) {
            const ApiError writeError = keychainError(written);
            logJob("move to", service, newName, writeError);
            if (writeError) {
                callback(text, ApiError {}); // the secret was read; the move is tried again next time
                return;
            }
            auto* drop = makeJob<QKeychain::DeletePasswordJob>(legacyService(), oldName);
            connect(drop, &QKeychain::Job::finished, context, [=](QKeychain::Job* deleted) {
                logJob("remove (old name)", legacyService(), oldName, keychainError(deleted));
                callback(text, ApiError {});
            });
            drop->start();
        });
        move->start();
    });
    job->start();
}

void TokenStore::write(const QUrl& server, qint64 accountId, const QString& refreshToken, QObject* context,
                       DoneCallback callback)
{
    writeEntry(entryKey(server, accountId), refreshToken, context, std::move(callback));
}

void TokenStore::read(const QUrl& server, qint64 accountId, QObject* context, ReadCallback callback)
{
    readEntry(entryKey(server, accountId), context, std::move(callback));
}

QString TokenStore::deviceKey(const QUrl& server)
{
    return entryKey(server, 0).section(QLatin1Char('|'), 0, 0) + QStringLiteral("|device");
}

void TokenStore::writeDeviceSecret(const QUrl& server, const QString& secret, QObject* context,
                                   DoneCallback callback)
{
    writeEntry(deviceKey(server), secret, context, std::move(callback));
}

void TokenStore::readDeviceSecret(const QUrl& server, QObject* context, ReadCallback callback)
{
    readEntry(deviceKey(server), context, std::move(callback));
}

void TokenStore::writeEntry(const QString& key, const QString& text, QObject* context, DoneCallback callback)
{
    const QString name = storedKey(m_service, key, m_platform);
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, name);
    job->setTextData(text);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), service = m_service, name](QKeychain::Job* done) {
                const ApiError error = keychainError(done);
                logJob("write", service, name, error);
                callback(error);
            });
    job->start();
}

void TokenStore::readEntry(const QString& key, QObject* context, ReadCallback callback)
{
    const QString name = storedKey(m_service, key, m_platform);
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, name);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), service = m_service, platform = m_platform, name, key,
             context](QKeychain::Job* done) {
                const ApiError error = keychainError(done);
                logJob("read", service, name, error);
                if (error.code == ErrorCode::NotSignedIn && !legacyKey(key, platform).isEmpty()) {
                    readLegacy(service, platform, key, context, callback);
                    return;
                }
                callback(error ? QString() : static_cast<QKeychain::ReadPasswordJob*>(done)->textData(),
                         error);
            });
    job->start();
}

void TokenStore::remove(const QUrl& server, qint64 accountId, QObject* context, DoneCallback callback)
{
    removeEntry(entryKey(server, accountId), context, std::move(callback));
}

QString TokenStore::proxyKey(const QString& host, quint16 port)
{
    return QStringLiteral("proxy|%1:%2").arg(host.toLower()).arg(port);
}

void TokenStore::writeProxyPassword(const QString& host, quint16 port, const QString& password,
                                    QObject* context, DoneCallback callback)
{
    writeEntry(proxyKey(host, port), password, context, std::move(callback));
}

void TokenStore::readProxyPassword(const QString& host, quint16 port, QObject* context, ReadCallback callback)
{
    readEntry(proxyKey(host, port), context, std::move(callback));
}

void TokenStore::removeProxyPassword(const QString& host, quint16 port, QObject* context,
                                     DoneCallback callback)
{
    removeEntry(proxyKey(host, port), context, std::move(callback));
}

void TokenStore::removeEntry(const QString& key, QObject* context, DoneCallback callback)
{
    // Also where an entry not read since the naming changed still is: signing out must leave no
    // token behind under either name.
    const QString legacy = legacyKey(key, m_platform);
    removeStored(storedKey(m_service, key, m_platform), m_service, context,
                 [legacy, context, callback = std::move(callback)](const ApiError& error) {
                     if (legacy.isEmpty() || error) {
                         callback(error);
                         return;
                     }
                     removeStored(legacy, legacyService(), context, callback);
                 });
}

void TokenStore::removeStored(const QString& storedName, const QString& service, QObject* context,
                              DoneCallback callback)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(service, storedName);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), service, storedName](QKeychain::Job* done) {
                const ApiError error = keychainError(done);
                logJob("remove", service, storedName, error);
                callback(error.code == ErrorCode::NotSignedIn ? ApiError {} : error);
            });
    job->start();
}
