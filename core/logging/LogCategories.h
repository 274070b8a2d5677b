// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

// One category per area, so that support can turn on exactly what they need:
// QT_LOGGING_RULES="am.api.debug=true" or --verbose for all of them. Info and above are on by default.
Q_DECLARE_LOGGING_CATEGORY(lcApi) // am.api: requests to the account server
Q_DECLARE_LOGGING_CATEGORY(lcSession) // am.session: sign-in state, token refresh
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // am.keychain: keychain reads and writes
Q_DECLARE_LOGGING_CATEGORY(lcUi) // am.ui: the widgets
Q_DECLARE_LOGGING_CATEGORY(lcServer) // am.server: the account server
Q_DECLARE_LOGGING_CATEGORY(lcDiagnostics) // am.diagnostics: probes and reports
Q_DECLARE_LOGGING_CATEGORY(lcCli) // am.cli: account-ctl
