#include "ApiRoutes.h"

const QList<ApiRoute>& ApiRoutes::all()
{
    static const QList<ApiRoute> routes {
        { "GET", "/v1/health", false },
        { "POST", "/v1/captcha", false },
        { "POST", "/v1/sessions", false },
        { "POST", "/v1/sessions/refresh", false },
        { "DELETE", "/v1/sessions/current", true },
        { "GET", "/v1/account", true },
    };
    return routes;
}

bool ApiRoutes::isKnownPath(const QString& path)
{
    for (const ApiRoute& route : all()) {
        if (path == QLatin1String(route.path))
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
                                          ErrorCode::NotFound,
                                          ErrorCode::MethodNotAllowed,
                                          ErrorCode::Unauthorized,
                                          ErrorCode::AccessTokenExpired,
                                          ErrorCode::InvalidCredentials,
                                          ErrorCode::CaptchaRequired,
                                          ErrorCode::CaptchaWrong,
                                          ErrorCode::LoginLocked,
                                          ErrorCode::RefreshTokenInvalid,
                                          ErrorCode::RefreshTokenReused,
                                          ErrorCode::Internal };
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
