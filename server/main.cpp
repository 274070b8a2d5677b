// SPDX-License-Identifier: Apache-2.0
// account-server: the reference server of Account Manager. See docs/api.md.
#include "AccountServer.h"
#include "ApiRoutes.h"
#include "OperatorCommands.h"
#include "ServerOptions.h"
#include "SignalWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <memory>
#include <sodium.h>
#include <sys/stat.h>

namespace {
QStringList argumentsOf(int argc, char* argv[])
{
    QStringList list;
    for (int i = 1; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

int serve(QStringList arguments)
{
    if (arguments.value(0) == QLatin1String("serve"))
        arguments.removeFirst();
    ServerOptions options;
    QString error;
    QString output;
    bool exitNow = false;
    if (!options.parse(arguments, &error, &exitNow, &output)) {
        QTextStream(stderr) << "account-server: " << error << Qt::endl;
        return 2;
    }
    if (exitNow) {
        QTextStream(stdout) << output;
        return 0;
    }
    QDir().mkpath(options.dataDir);

    AccountServer server(options);
    const quint16 port = server.start(&error);
    if (port == 0) {
        QTextStream(stderr) << "account-server: " << error << Qt::endl;
        return 1;
    }
    const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]").arg(options.listenAddress.toString())
        : options.listenAddress.toString();
    // Tests and scripts read the port from this line, so it is the only one on stdout.
    QTextStream(stdout) << "account-server: listening on https://" << host << ':' << port << Qt::endl;

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, &QCoreApplication::quit);
    return qApp->exec();
}
} // namespace

int main(int argc, char* argv[])
{
    // The database, the keys, the outbox and the logs are the server's alone: every file it makes
    // is readable by its own user only, whatever the shell's umask.
    ::umask(077);
    if (sodium_init() < 0) {
        QTextStream(stderr) << "account-server: libsodium failed to initialise" << Qt::endl;
        return 1;
    }
    const QStringList arguments = argumentsOf(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("account-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACCOUNT_MANAGER_VERSION));
    if (arguments.value(0) == QLatin1String("routes")) {
        // The route table and the server's error codes, for the docs test.
        QTextStream(stdout) << ApiRoutes::describe();
        return 0;
    }
    if (OperatorCommands::isOperatorCommand(arguments)) {
        QCoreApplication app(argc, argv);
        return OperatorCommands::run(arguments);
    }
    // Captchas are drawn with QPainter and fonts, which need a QGuiApplication; no display is needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return serve(arguments);
}
