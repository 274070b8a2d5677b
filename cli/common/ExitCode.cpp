// SPDX-License-Identifier: Apache-2.0
#include "ExitCode.h"

int ExitCode::forError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::None:
        return Ok;
    case ErrorCode::NetworkError:
    case ErrorCode::ServerUnreachable:
    case ErrorCode::Timeout:
    case ErrorCode::TlsUntrusted:
    case ErrorCode::TlsError:
    case ErrorCode::BadResponse: // a proxy page or a foreign server: a connection problem to support
        return Network;
    case ErrorCode::KeychainUnavailable:
    case ErrorCode::KeychainError:
        return Keychain;
    case ErrorCode::Cancelled: // only when stdin ends before a prompt is answered
        return Usage;
    default:
        return Failed;
    }
}
