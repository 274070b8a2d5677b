// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Every error the server or the client can produce. The wire name ("E-LOGIN-LOCKED") is stable:
// support staff search for it, other clients branch on it. Never renumber or rename one.
enum class ErrorCode {
    None,
    // request shape (server)
    BadJson,
    MissingField,
    InvalidField,
    BodyTooLarge,
    HeadersTooLarge,
    NotFound,
    MethodNotAllowed,
    // authentication (server)
    Unauthorized,
    AccessTokenExpired,
    InvalidCredentials,
    CaptchaRequired,
    CaptchaWrong,
    LoginLocked,
    RefreshTokenInvalid,
    RefreshTokenReused,
    RateLimited,
    Internal,
    // client side: no server answer to speak of
    NetworkError,
    ServerUnreachable,
    Timeout,
    TlsUntrusted,
    TlsError,
    BadResponse,
    Cancelled,
    KeychainUnavailable,
    KeychainError,
    NotSignedIn,
    // registration and verification codes (server)
    AlreadyRegistered,
    EmailInvalid,
    PhoneInvalid,
    PasswordWeak,
    CodeWrong,
    CodeExpired,
    CodeAttemptsExceeded,
    ResendTooEarly,
    ResendLimit,
    RegistrationNotFound,
    NotVerified,
    DeliveryFailed,
    // password change, recovery, email and phone change (server)
    ChallengeNotFound,
    RecoveryNotFound,
    PasswordWrong,
    // devices and account deletion (server)
    DeviceNotFound,
    DevicesStillBound,
    DeviceVerificationRequired,
    // two-step verification (server)
    TwoStepRequired,
    TwoStepAlreadyOn,
    TwoStepOff,
    // client side: the proxy on the way to the server
    ProxyFailed,
    ProxyAuthFailed,
    // the captcha's audio (server)
    CaptchaNotFound,
};

struct ErrorCodeInfo
{
    ErrorCode code;
    const char* wireName; // "E-LOGIN-LOCKED"
    int httpStatus; // what the server answers with; 0 for client-side errors
    const char* userMessage; // English source, translated through ErrorCatalog (context "ErrorCatalog")
    const char* supportNote; // for support staff: what it means, where to look
};

namespace ErrorCatalog {
const ErrorCodeInfo& info(ErrorCode code);
QString wireName(ErrorCode code);
ErrorCode fromWireName(const QString& name); // unknown names map to ErrorCode::Internal
int httpStatus(ErrorCode code);
QString userMessage(ErrorCode code); // translated into the current language
QString supportNote(ErrorCode code);
const ErrorCodeInfo* begin();
const ErrorCodeInfo* end();
} // namespace ErrorCatalog
