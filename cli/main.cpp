// SPDX-License-Identifier: Apache-2.0
#include "CtlApplication.h"
#include "logging/Logging.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names, not "account-ctl": QSettings derives the settings file from them, and the CLI
    // must read and write the very same accounts as account-manager.
    QCoreApplication::setApplicationName(QStringLiteral("account-manager"));
    QCoreApplication::setOrganizationName(QStringLiteral("AccountManager"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCOUNT_MANAGER_VERSION));
    // Its own log file (account-ctl.log) in the app's data folder; --verbose turns on every am.* category.
    Logging::Options logging;
    logging.baseName = QStringLiteral("account-ctl");
    logging.verbose = QCoreApplication::arguments().contains(QStringLiteral("--verbose"));
    Logging::install(logging);

    int exitCode = 0;
    {
        CtlApplication ctl;
        exitCode = ctl.start(QCoreApplication::arguments());
        if (exitCode < 0)
            exitCode = app.exec();
        ctl.flushOutput();
    }
    return exitCode;
}
