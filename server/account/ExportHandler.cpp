// SPDX-License-Identifier: Apache-2.0
#include "ExportHandler.h"

#include "AccountStore.h"
#include "ActivityMessages.h"
#include "ActivityStore.h"
#include "Caller.h"
#include "Database.h"
#include "DeviceStore.h"
#include "PasswordRecheck.h"
#include "Replies.h"
#include "RequestInfo.h"
#include "TokenService.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

namespace {
QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// When the account's last export is allowed again; invalid when it may export now.
QDateTime nextAllowed(QSqlDatabase db, qint64 accountId, qint64 now)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT exported_at FROM account_exports WHERE account_id = ?"));
    query.addBindValue(accountId);
    if (!query.exec() || !query.next())
        return {};
    const qint64 until = query.value(0).toLongLong() + ExportHandler::kIntervalMs;
    return until > now ? QDateTime::fromMSecsSinceEpoch(until, Qt::UTC) : QDateTime();
}

// Takes this hour's export; false when another request took it meanwhile (one statement, so of two
// at once exactly one wins, in any server process).
bool claim(QSqlDatabase db, qint64 accountId, qint64 now)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO account_exports (account_id, exported_at) VALUES (?, ?) ON CONFLICT (account_id) "
        "DO UPDATE SET exported_at = excluded.exported_at WHERE account_exports.exported_at <= ?"));
    query.addBindValue(accountId);
    query.addBindValue(now);
    query.addBindValue(now - ExportHandler::kIntervalMs);
    return query.exec() && query.numRowsAffected() == 1;
}
} // namespace

HttpReply ExportHandler::exportAccount(const RequestInfo& request, const ExportRequest& exportRequest,
                                       const Caller& caller)
{
    QSqlDatabase db = Database::connection();
    const auto limited = [&](const QDateTime& until) {
        ApiError error(ErrorCode::RateLimited);
        error.until = until;
        return Replies::error(error, request);
    };
    // Said before the password is hashed: the hour is the account's own business, and a refused
    // request costs no hash.
    if (const QDateTime until = nextAllowed(db, caller.account.id, QDateTime::currentMSecsSinceEpoch());
        until.isValid())
        return limited(until);
    if (const ApiError wrong = PasswordRecheck::check(db, caller.account, exportRequest.password))
        return Replies::error(wrong, request);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!claim(db, caller.account.id, now)) {
        const QDateTime until = nextAllowed(db, caller.account.id, now);
        return until.isValid() ? limited(until) : Replies::error(ErrorCode::Internal, request);
    }
    HttpReply reply = Replies::json(document(caller), request);
    reply.setHeader(
        "Content-Disposition",
        QStringLiteral("attachment; filename=\"account-%1-export.json\"").arg(caller.account.id).toLatin1());
    return reply;
}

QJsonObject ExportHandler::document(const Caller& caller)
{
    QSqlDatabase db = Database::connection();
    // Read afresh: the caller's copy is from before the password check.
    const Account account = AccountStore(db).find(caller.account.id).value_or(caller.account);
    const QJsonObject accountJson { { QStringLiteral("accountId"), account.id },
                                    { QStringLiteral("email"), orNull(account.email) },
                                    { QStringLiteral("phone"), orNull(account.phone) },
                                    { QStringLiteral("region"), account.region },
                                    { QStringLiteral("createdAt"), timeText(account.createdAt) },
                                    { QStringLiteral("marketingOptIn"), account.marketingOptIn },
                                    { QStringLiteral("twoStep"), account.twoStep } };

    const QList<BoundDevice> devices = DeviceStore(db).list(account.id, caller.deviceId);
    QJsonArray devicesJson;
    QHash<QString, BoundDevice> byId;
    for (const BoundDevice& device : devices) {
        devicesJson.append(device.toJson());
        byId.insert(device.id, device);
    }

    // A session is used on its device: the device's last-seen time is when it was last used.
    QJsonArray sessionsJson;
    for (const TokenService::LiveSession& session : TokenService(db, 0).liveSessions(account.id)) {
        const BoundDevice device = byId.value(session.deviceId);
        QJsonObject deviceJson { { QStringLiteral("id"), session.deviceId } };
        if (byId.contains(session.deviceId)) {
            deviceJson.insert(QStringLiteral("name"), device.name);
            deviceJson.insert(QStringLiteral("kind"), device.kind);
            deviceJson.insert(QStringLiteral("platform"), device.platform);
        }
        sessionsJson.append(QJsonObject {
            { QStringLiteral("device"), deviceJson },
            { QStringLiteral("created"), timeText(session.createdAt) },
            { QStringLiteral("lastUsed"),
              byId.contains(session.deviceId) ? QJsonValue(timeText(device.lastSeen)) : QJsonValue() } });
    }

    QJsonArray activityJson;
    for (const ActivityEvent& event : ActivityStore(db).all(account.id))
        activityJson.append(event.toJson());

    return { { QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
             { QStringLiteral("account"), accountJson },
             { QStringLiteral("devices"), devicesJson },
             { QStringLiteral("sessions"), sessionsJson },
             { QStringLiteral("activity"), activityJson } };
}
