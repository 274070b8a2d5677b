// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ErrorCode.h"
#include "SessionMessages.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <optional>

// Sessions and their bearer tokens, and the one owner of the sessions and tokens tables: every
// write to them is made here, and every one reports whether it happened. A token is 32 random
// bytes, base64url; the database keeps only its SHA-256, so a copy of the database lets nobody
// sign in. Refresh tokens rotate: each works once, and a second use revokes the whole session, as
// only a thief would replay one. The revoke…, reissue and erase… calls open no transaction of
// their own: callers put them in theirs (WriteTransaction) with the change they belong to.
class TokenService
{
public:
    static constexpr qint64 kRefreshTtlSeconds = 30 * 24 * 3600;

    struct TokenPair
    {
        QString accessToken;
        QString refreshToken;
    };
    struct Grant
    {
        ErrorCode error = ErrorCode::None;
        qint64 accountId = 0;
        qint64 sessionId = 0;
        QString deviceId; // of the session; from authenticate() and refresh()
        TokenPair tokens; // only from signIn() and refresh()
    };

    TokenService(QSqlDatabase db, int accessTtlSeconds);

    // alongside: more writes that belong to the new session (the sign-in's activity event), run
    // in its transaction; false from it undoes the session too.
    Grant startSession(qint64 accountId, const QString& deviceId,
                       const std::function<bool()>& alongside = {});
    // A session that can still be used (not revoked, with a live refresh token): its device and
    // when it began, for the account's export. Never a token.
    struct LiveSession
    {
        QString deviceId;
        QDateTime createdAt;
    };
    QList<LiveSession> liveSessions(qint64 accountId);
    // None with the account and session, or Unauthorized / AccessTokenExpired. Marks the device as
    // seen (DeviceStore::touch), as refresh() does.
    Grant authenticate(const QString& accessToken);
    // A used refresh token sent again this soon by the device of its session is taken for an
    // answer that never arrived (a dropped connection, a client that crashed before it stored the
    // new pair): a new pair instead of the end of the session. Later, or from anyone else, it is a
    // theft and ends the session.
    static constexpr qint64 kReuseGraceMs = 30 * 1000;

    // None with a new pair, or RefreshTokenInvalid / RefreshTokenReused. deviceId: the device the
    // client says it is (optional), for the grace above.
    Grant refresh(const QString& refreshToken, const QString& deviceId = {});
    bool revokeSession(qint64 sessionId);
    // Every session of the account but `keep` (0: all of them), with all their tokens.
    bool revokeAccountSessions(qint64 accountId, qint64 keep = 0);
    // The sessions of one device of the account (unbinding it), with their tokens.
    bool revokeDeviceSessions(qint64 accountId, const QString& deviceId);
    // Deletes every session and token of the account (deleting the account).
    bool eraseAccountSessions(qint64 accountId);
    // Revokes every token of the session and issues a new pair in it: the old refresh token
    // stops working (as a revoked one, not a reused one, so the session lives on).
    bool reissue(qint64 sessionId, TokenPair* pair);

    // What the client is given for a pair: the tokens, whose they are and how long the access
    // token lives.
    TokenResponse response(qint64 accountId, const TokenPair& pair) const;

    static QByteArray hashOf(const QString& token);

private:
    // A token looked up by its hash: its session (error None) and its own state.
    struct Found
    {
        Grant session;
        qint64 expiresAt = 0;
        std::optional<qint64> usedAt; // a refresh token's first use
    };
    // The token of this kind ("access" or "refresh") with its session: error Internal when the
    // database fails, `unknown` when there is none or either is revoked. The row is let go of
    // (CachedQuery) before it returns.
    Found find(const QByteArray& hash, const QString& kind, ErrorCode unknown);
    bool issue(qint64 sessionId, TokenPair* pair);

    QSqlDatabase m_db;
    int m_accessTtl;
};
