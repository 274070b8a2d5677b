#include "DeviceHandler.h"

#include "BearerAuth.h"
#include "Database.h"
#include "DeviceStore.h"
#include "PasswordRecheck.h"
#include "Replies.h"
#include "RequestInfo.h"

DeviceHandler::DeviceHandler(int accessTokenTtl)
    : m_accessTokenTtl(accessTokenTtl)
{
}

HttpReply DeviceHandler::list(const RequestInfo& request) const
{
    QSqlDatabase db = Database::connection();
    const BearerAuth auth = BearerAuth::of(request, db, m_accessTokenTtl);
    if (auth.error != ErrorCode::None)
        return Replies::error(auth.error, request);
    DeviceList reply;
    reply.devices = DeviceStore(db).list(auth.account.id, auth.deviceId);
    return Replies::json(reply.toJson(), request);
}

HttpReply DeviceHandler::unbind(const RequestInfo& request, const QJsonObject& body) const
{
    QSqlDatabase db = Database::connection();
    const BearerAuth auth = BearerAuth::of(request, db, m_accessTokenTtl);
    if (auth.error != ErrorCode::None)
        return Replies::error(auth.error, request);
    ApiError decodeError;
    const UnbindDeviceRequest unbind = UnbindDeviceRequest::fromJson(body, &decodeError);
    if (decodeError)
        return Replies::error(decodeError, request);
    DeviceStore devices(db);
    // The list is the owner's anyway (GET /v1/devices), so saying "no such device" before the
    // password costs nothing and spares a hash.
    if (!devices.contains(auth.account.id, request.pathId))
        return Replies::error(ErrorCode::DeviceNotFound, request);
    if (const ApiError wrong = PasswordRecheck::check(db, auth.account, unbind.password))
        return Replies::error(wrong, request);
    // Gone meanwhile (a racing unbind): the same answer as an unknown one.
    if (!devices.unbind(auth.account.id, request.pathId))
        return Replies::error(ErrorCode::DeviceNotFound, request);
    if (request.pathId == auth.deviceId)
        request.logNote = QStringLiteral("own device unbound");
    return Replies::noContent(request);
}
