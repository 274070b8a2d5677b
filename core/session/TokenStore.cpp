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

namespace {
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
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(text);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), service = m_service, key](QKeychain::Job* done) {
                const ApiError error = keychainError(done);
                logJob("write", service, key, error);
                callback(error);
            });
    job->start();
}

void TokenStore::readEntry(const QString& key, QObject* context, ReadCallback callback)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), service = m_service, key](QKeychain::Job* done) {
                const ApiError error = keychainError(done);
                logJob("read", service, key, error);
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
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context,
            [callback = std::move(callback), service = m_service, key](QKeychain::Job* done) {
                const ApiError error = keychainError(done);
                logJob("remove", service, key, error);
                callback(error.code == ErrorCode::NotSignedIn ? ApiError {} : error);
            });
    job->start();
}
