// SPDX-License-Identifier: Apache-2.0
#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcApi, "am.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "am.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "am.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "am.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "am.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDiagnostics, "am.diagnostics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "am.cli", QtInfoMsg)
