// SPDX-License-Identifier: Apache-2.0
#include "TokenService.h"

#include "CachedQuery.h"
#include "Database.h"
#include "DeviceStore.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <sodium.h>

namespace {
QString randomToken()
{
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof random)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

TokenService::Grant failed(ErrorCode error)
{
    TokenService::Grant grant;
    grant.error = error;
    return grant;
}
} // namespace

TokenService::TokenService(QSqlDatabase db, int accessTtlSeconds)
    : m_db(std::move(db))
    , m_accessTtl(accessTtlSeconds)
{
}

TokenResponse TokenService::response(qint64 accountId, const TokenPair& pair) const
{
    TokenResponse response;
    response.accountId = accountId;
    response.accessToken = pair.accessToken;
    response.refreshToken = pair.refreshToken;
    response.expiresIn = m_accessTtl;
    return response;
}

QByteArray TokenService::hashOf(const QString& token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

bool TokenService::issue(qint64 sessionId, TokenPair* pair)
{
    pair->accessToken = randomToken();
    pair->refreshToken = randomToken();
    // Both rows in one statement: a refresh is mostly statements, and each costs a round through
    // the driver (and on PostgreSQL a round trip).
    CachedQuery insert(m_db,
                       QStringLiteral("INSERT INTO tokens (hash, session_id, kind, expires_at) "
                                      "VALUES (?, ?, 'access', ?), (?, ?, 'refresh', ?)"));
    const qint64 now = nowMs();
    insert->bindValue(0, hashOf(pair->accessToken));
    insert->bindValue(1, sessionId);
    insert->bindValue(2, now + qint64(m_accessTtl) * 1000);
    insert->bindValue(3, hashOf(pair->refreshToken));
    insert->bindValue(4, sessionId);
    insert->bindValue(5, now + kRefreshTtlSeconds * 1000);
    return insert->exec();
}

TokenService::Grant TokenService::startSession(qint64 accountId, const QString& deviceId,
                                               const std::function<bool()>& alongside)
{
    Grant grant;
    // Through the same queue for the write lock as refresh (WriteTransaction).
    WriteTransaction transaction(m_db);
    QSqlQuery query(m_db);
    // RETURNING, not lastInsertId(): PostgreSQL's driver has no last insert ID to give.
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (account_id, device_id, created_at) VALUES (?, ?, ?) RETURNING id"));
    query.addBindValue(accountId);
    query.addBindValue(deviceId);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const qint64 sessionId
        = transaction.isActive() && query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    if (sessionId <= 0 || !issue(sessionId, &grant.tokens) || (alongside && !alongside())
        || !transaction.commit()) {
        grant.error = ErrorCode::Internal;
        return grant;
    }
    grant.accountId = accountId;
    grant.sessionId = sessionId;
    return grant;
}

QList<TokenService::LiveSession> TokenService::liveSessions(qint64 accountId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.device_id, s.created_at FROM sessions s WHERE s.account_id = ? AND s.revoked_at IS NULL "
        "AND EXISTS (SELECT 1 FROM tokens t WHERE t.session_id = s.id AND t.kind = 'refresh' AND "
        "t.revoked = 0 AND t.expires_at > ?) ORDER BY s.created_at DESC, s.id DESC"));
    query.addBindValue(accountId);
    query.addBindValue(nowMs());
    QList<LiveSession> sessions;
    if (!query.exec())
        return sessions;
    while (query.next())
        sessions.append(
            { query.value(0).toString(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate) });
    return sessions;
}

TokenService::Found TokenService::find(const QByteArray& hash, const QString& kind, ErrorCode unknown)
{
    Found found;
    CachedQuery query(
        m_db,
        QStringLiteral("SELECT t.expires_at, t.revoked, t.used_at, s.id, s.account_id, s.revoked_at, "
                       "s.device_id FROM tokens t JOIN sessions s ON s.id = t.session_id "
                       "WHERE t.hash = ? AND t.kind = ?"));
    query->bindValue(0, hash);
    query->bindValue(1, kind);
    // A database that fails is not a signed-out user: the app would drop the session on a 401.
    if (!query->exec()) {
        found.session.error = ErrorCode::Internal;
        return found;
    }
    if (!query->next() || query->value(1).toInt() != 0 || !query->value(5).isNull()) {
        found.session.error = unknown;
        return found;
    }
    found.expiresAt = query->value(0).toLongLong();
    if (!query->value(2).isNull())
        found.usedAt = query->value(2).toLongLong();
    found.session.sessionId = query->value(3).toLongLong();
    found.session.accountId = query->value(4).toLongLong();
    found.session.deviceId = query->value(6).toString();
    return found;
}

TokenService::Grant TokenService::authenticate(const QString& accessToken)
{
    if (accessToken.isEmpty())
        return failed(ErrorCode::Unauthorized);
    const Found token = find(hashOf(accessToken), QStringLiteral("access"), ErrorCode::Unauthorized);
    if (token.session.error != ErrorCode::None)
        return token.session;
    if (token.expiresAt <= nowMs())
        return failed(ErrorCode::AccessTokenExpired);
    DeviceStore(m_db).touch(token.session.accountId, token.session.deviceId);
    return token.session;
}

TokenService::Grant TokenService::refresh(const QString& refreshToken, const QString& claimedDevice)
{
    Grant grant;
    const QByteArray hash = hashOf(refreshToken);
    // find() is done with the row: a statement left open keeps its read snapshot, and SQLite (WAL)
    // then refuses the claim below at once with SQLITE_BUSY_SNAPSHOT whenever another connection
    // wrote meanwhile, without waiting (seen as E-INTERNAL under concurrent refreshes after a
    // restart).
    const Found token = find(hash, QStringLiteral("refresh"), ErrorCode::RefreshTokenInvalid);
    if (token.session.error != ErrorCode::None)
        return token.session;
    const qint64 sessionId = token.session.sessionId;
    const qint64 accountId = token.session.accountId;
    const QString deviceId = token.session.deviceId;
    const bool used = token.usedAt.has_value();
    const bool forgiven = used && !claimedDevice.isEmpty() && claimedDevice == deviceId
        && nowMs() - *token.usedAt <= kReuseGraceMs;
    if (used && !forgiven) {
        // A database that would not revoke is not told to the client as a reuse: it would sign
        // itself out while the session lives on.
        grant.error = revokeSession(sessionId) ? ErrorCode::RefreshTokenReused : ErrorCode::Internal;
        return grant;
    }
    if (token.expiresAt <= nowMs())
        return failed(ErrorCode::RefreshTokenInvalid);
    // Claim the token; if a concurrent refresh claimed it first, that is a reuse as well. Claim and
    // new pair commit together, so a crash in between leaves the old token usable.
    // A database error is not a reuse: it must neither end the session nor be called one. The write
    // lock is taken up front, so a busy database is waited for.
    WriteTransaction transaction(m_db);
    CachedQuery claim(m_db,
                      QStringLiteral("UPDATE tokens SET used_at = ? WHERE hash = ? AND used_at IS NULL"));
    claim->bindValue(0, nowMs());
    claim->bindValue(1, hash);
    if (!transaction.isActive() || !claim->exec()) {
        grant.error = ErrorCode::Internal;
        return grant;
    }
    if (claim->numRowsAffected() != 1 && !forgiven) {
        transaction.rollback();
        grant.error = revokeSession(sessionId) ? ErrorCode::RefreshTokenReused : ErrorCode::Internal;
        return grant;
    }
    if (!issue(sessionId, &grant.tokens)) {
        grant.error = ErrorCode::Internal;
        return grant;
    }
    // In the same commit: a write of its own would queue for the lock again.
    if (DeviceStore::claimTouch(accountId, deviceId))
        DeviceStore(m_db).markSeen(accountId, deviceId);
    if (!transaction.commit()) {
        grant.error = ErrorCode::Internal;
        return grant;
    }
    grant.sessionId = sessionId;
    grant.accountId = accountId;
    grant.deviceId = deviceId;
    return grant;
}

bool TokenService::revokeSession(qint64 sessionId)
{
    QSqlQuery session(m_db);
    session.prepare(QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    session.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    session.addBindValue(sessionId);
    QSqlQuery tokens(m_db);
    tokens.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ?"));
    tokens.addBindValue(sessionId);
    return session.exec() && tokens.exec();
}

bool TokenService::revokeAccountSessions(qint64 accountId, qint64 keep)
{
    QSqlQuery tokens(m_db);
    tokens.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id IN "
                                  "(SELECT id FROM sessions WHERE account_id = ? AND id <> ?)"));
    tokens.addBindValue(accountId);
    tokens.addBindValue(keep);
    QSqlQuery sessions(m_db);
    sessions.prepare(QStringLiteral(
        "UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND id <> ? AND revoked_at IS NULL"));
    sessions.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    sessions.addBindValue(accountId);
    sessions.addBindValue(keep);
    return tokens.exec() && sessions.exec();
}

bool TokenService::revokeDeviceSessions(qint64 accountId, const QString& deviceId)
{
    QSqlQuery tokens(m_db);
    tokens.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id IN "
                                  "(SELECT id FROM sessions WHERE account_id = ? AND device_id = ?)"));
    tokens.addBindValue(accountId);
    tokens.addBindValue(deviceId);
    QSqlQuery sessions(m_db);
    sessions.prepare(
        QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE account_id = ? AND device_id = ? "
                       "AND revoked_at IS NULL"));
    sessions.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    sessions.addBindValue(accountId);
    sessions.addBindValue(deviceId);
    return tokens.exec() && sessions.exec();
}

bool TokenService::eraseAccountSessions(qint64 accountId)
{
    QSqlQuery tokens(m_db);
    tokens.prepare(QStringLiteral(
        "DELETE FROM tokens WHERE session_id IN (SELECT id FROM sessions WHERE account_id = ?)"));
    tokens.addBindValue(accountId);
    QSqlQuery sessions(m_db);
    sessions.prepare(QStringLiteral("DELETE FROM sessions WHERE account_id = ?"));
    sessions.addBindValue(accountId);
    return tokens.exec() && sessions.exec();
}

bool TokenService::reissue(qint64 sessionId, TokenPair* pair)
{
    QSqlQuery revoke(m_db);
    revoke.prepare(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE session_id = ?"));
    revoke.addBindValue(sessionId);
    return revoke.exec() && issue(sessionId, pair);
}
