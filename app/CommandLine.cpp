// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace {
void printError(const QString& message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
}
} // namespace

bool CommandLine::parse(const QCoreApplication& app, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Sign in to your account and look after it."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("CommandLine", "The account server, default %1.")
            .arg(QStringLiteral("https://127.0.0.1:8443")),
        QCoreApplication::translate("CommandLine", "URL"), QStringLiteral("https://127.0.0.1:8443"));
    const QCommandLineOption caOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("CommandLine", "Also trust the CA certificates in this PEM file."),
        QCoreApplication::translate("CommandLine", "file"));
    // The embedded languages (translations/*.ts), so that a new one is named here without an edit.
    const QString languages = Translations::available().join(QStringLiteral(", "));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        //: %1 lists the language codes: "en, ru, zh_CN"; "pseudo" is a code too, not translated
        QCoreApplication::translate("CommandLine",
                                    "The language of the app: %1 or pseudo (default: the one chosen in the "
                                    "app, else the system's).")
            .arg(languages),
        QCoreApplication::translate("CommandLine", "language"));
    // Read by Logging::install() before the parser runs; declared here so that it is accepted and listed.
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("CommandLine",
                                    "Debug logging of every area, in the log file and on standard error. "
                                    "Passwords, codes and tokens are never logged."));
    parser.addOption(serverOption);
    parser.addOption(caOption);
    parser.addOption(langOption);
    parser.addOption(verboseOption);

    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return false;
    }

    server = QUrl(parser.value(serverOption), QUrl::StrictMode);
    if (!server.isValid() || server.scheme() != QLatin1String("https") || server.host().isEmpty()) {
        printError(
            QCoreApplication::translate("CommandLine", "--server needs an https:// address, not \"%1\".")
                .arg(parser.value(serverOption)));
        *exitCode = 2;
        return false;
    }
    caFile = parser.value(caOption);
    language = parser.value(langOption);
    if (!language.isEmpty() && !Translations::available().contains(language)
        && language != QLatin1String("pseudo")) {
        //: %1 lists the language codes: "en, ru, zh_CN"; %2 is what was given
        printError(QCoreApplication::translate("CommandLine", "--lang must be %1 or pseudo, not \"%2\".")
                       .arg(languages, language));
        *exitCode = 2;
        return false;
    }
    return true;
}
