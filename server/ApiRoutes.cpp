// SPDX-License-Identifier: Apache-2.0
#include "ApiRoutes.h"

#include "AccountServer.h"

#include <QRegularExpression>

const QList<ApiRoute>& ApiRoutes::all()
{
    static const QList<ApiRoute> routes = [] {
        QList<ApiRoute> list;
        for (const AccountServer::Route& route : AccountServer::routes())
            list.append({ route.endpoint.method, route.endpoint.path, route.needsToken });
        return list;
    }();
    return routes;
}

bool ApiRoutes::isKnownPath(const QString& path)
{
    for (const ApiRoute& route : all()) {
        QString pattern = QRegularExpression::escape(QString::fromLatin1(route.path));
        pattern.replace(QLatin1String("\\{id\\}"), QLatin1String("[^/]+"));
        if (QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(path).hasMatch())
            return true;
    }
    return false;
}

const QList<ErrorCode>& ApiRoutes::serverErrors()
{
    static const QList<ErrorCode> codes { ErrorCode::BadJson,
                                          ErrorCode::MissingField,
                                          ErrorCode::InvalidField,
                                          ErrorCode::BodyTooLarge,
                                          ErrorCode::HeadersTooLarge,
                                          ErrorCode::NotFound,
                                          ErrorCode::MethodNotAllowed,
                                          ErrorCode::Unauthorized,
                                          ErrorCode::AccessTokenExpired,
                                          ErrorCode::InvalidCredentials,
                                          ErrorCode::CaptchaRequired,
                                          ErrorCode::CaptchaWrong,
                                          ErrorCode::CaptchaNotFound,
                                          ErrorCode::LoginLocked,
                                          ErrorCode::RefreshTokenInvalid,
                                          ErrorCode::RefreshTokenReused,
                                          ErrorCode::RateLimited,
                                          ErrorCode::Internal,
                                          ErrorCode::AlreadyRegistered,
                                          ErrorCode::EmailInvalid,
                                          ErrorCode::PhoneInvalid,
                                          ErrorCode::PasswordWeak,
                                          ErrorCode::CodeWrong,
                                          ErrorCode::CodeExpired,
                                          ErrorCode::CodeAttemptsExceeded,
                                          ErrorCode::ResendTooEarly,
                                          ErrorCode::ResendLimit,
                                          ErrorCode::RegistrationNotFound,
                                          ErrorCode::NotVerified,
                                          ErrorCode::DeliveryFailed,
                                          ErrorCode::ChallengeNotFound,
                                          ErrorCode::RecoveryNotFound,
                                          ErrorCode::PasswordWrong,
                                          ErrorCode::DeviceNotFound,
                                          ErrorCode::DevicesStillBound,
                                          ErrorCode::DeviceVerificationRequired,
                                          ErrorCode::TwoStepRequired,
                                          ErrorCode::TwoStepAlreadyOn,
                                          ErrorCode::TwoStepOff };
    return codes;
}

QString ApiRoutes::describe()
{
    QString text;
    for (const ApiRoute& route : all())
        text += QStringLiteral("%1 %2\n").arg(QLatin1String(route.method), QLatin1String(route.path));
    for (ErrorCode code : serverErrors())
        text += QStringLiteral("error %1 %2\n")
                    .arg(ErrorCatalog::wireName(code))
                    .arg(ErrorCatalog::httpStatus(code));
    return text;
}
