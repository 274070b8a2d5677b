#include "ApiRoutes.h"

#include <QRegularExpression>

const QList<ApiRoute>& ApiRoutes::all()
{
    static const QList<ApiRoute> routes {
        { "GET", "/v1/health", false },
        { "POST", "/v1/captcha", false },
        { "POST", "/v1/sessions", false },
        { "POST", "/v1/sessions/refresh", false },
        { "DELETE", "/v1/sessions/current", true },
        { "GET", "/v1/account", true },
        { "POST", "/v1/registrations", false },
        { "GET", "/v1/registrations/{id}", false },
        { "POST", "/v1/registrations/{id}/resend", false },
        { "POST", "/v1/registrations/{id}/verify", false },
        { "GET", "/v1/registrations/{id}/confirm", false },
        { "POST", "/v1/registrations/{id}/confirm", false },
        { "POST", "/v1/registrations/{id}/complete", false },
        { "POST", "/v1/account/password/challenges", true },
        { "POST", "/v1/account/password", true },
        { "POST", "/v1/account/challenges/{id}/resend", true },
        { "PUT", "/v1/account/email", true },
        { "PUT", "/v1/account/phone", true },
        { "POST", "/v1/recoveries", false },
        { "POST", "/v1/recoveries/{id}/send", false },
        { "POST", "/v1/recoveries/{id}/resend", false },
        { "POST", "/v1/recoveries/{id}/verify", false },
        { "POST", "/v1/recoveries/{id}/complete", false },
        { "POST", "/v1/sessions/device-challenges/{id}/resend", false },
        { "GET", "/v1/devices", true },
        { "DELETE", "/v1/devices/{id}", true },
        { "POST", "/v1/account/deletion/challenges", true },
        { "DELETE", "/v1/account", true },
    };
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
                                          ErrorCode::DeviceVerificationRequired };
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
