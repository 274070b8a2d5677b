// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"
#include "CommandLine.h"
#include "ConsoleOutput.h"
#include "MainWindow.h"
#include "Translations.h"
#include "api/AccountApi.h"
#include "diagnostics/ErrorHistory.h"
#include "logging/Logging.h"
#include "network/NetworkProxy.h"
#include "session/Session.h"
#include "session/SessionLogger.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QApplication>
#include <QIcon>
#include <cstdio>

int main(int argc, char* argv[])
{
    ConsoleOutput::attachToParent(); // Windows: --help and errors reach the terminal that started it
    QApplication app(argc, argv);
    AppIdentity::apply(); // names, version, desktop file name, organisation domain, Windows AppUserModelID
    Logging::install(); // redacted, rotating log in the app's data folder; --verbose for debug output
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/account-manager.svg")));

    AccountSettings settings;
    // The language comes first, so that even --help and option errors speak it.
    const QStringList args = QApplication::arguments();
    const int langIndex = args.indexOf(QStringLiteral("--lang"));
    QString language
        = langIndex >= 0 && langIndex + 1 < args.size() ? args.at(langIndex + 1) : settings.language();
    for (const QString& arg : args) {
        if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
    }
    Translations::install(language);

    CommandLine options;
    int exitCode = 0;
    if (!options.parse(app, &exitCode))
        return exitCode;

    AccountApi api;
    ErrorHistory::follow(&api); // Help → Diagnostics lists the failed requests
    api.setServerUrl(options.server);
    if (!options.caFile.isEmpty()) {
        QString reason;
        if (!api.addTrustedCaFile(options.caFile, &reason)) {
            //: %1 is the reason, which names the file
            const QString message
                = QApplication::translate("CommandLine", "The file given with --ca-file cannot be used: %1")
                      .arg(reason);
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
    }
    TokenStore tokens;
    Session session(&api, &tokens, &settings);
    SessionLogger::attach(&session);

    MainWindow window(&session, &settings);
    window.show();
    // The first request waits for the proxy setting (Settings → Network), whose password may have to
    // come from the keychain.
    NetworkProxy::apply(settings.proxy(), &tokens, &api, &window,
                        [&window](const ApiError&) { window.start(); });
    return app.exec();
}
