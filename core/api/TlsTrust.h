// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslError>

namespace TlsTrust {

// Whether a TLS error says the server's certificate is not to be trusted (unknown issuer,
// self-signed, wrong name, out of date) rather than that the connection broke. The API client
// turns these into E-TLS-UNTRUSTED and the diagnostics report them; both must agree.
bool isTrustProblem(QSslError::SslError error);

} // namespace TlsTrust
