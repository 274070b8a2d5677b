// SPDX-License-Identifier: Apache-2.0
#include "Logging.h"

#include "Redactor.h"
#include "RotatingLogFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <cstdio>
#include <memory>

namespace {
std::unique_ptr<RotatingLogFile> g_file;
Logging::Options g_options;
QtMessageHandler g_previous = nullptr;
bool g_installed = false;

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = Logging::formatLine(int(type), context.category, message);
    if (g_file)
        g_file->writeLine(line.toUtf8());
    if (g_options.echoToStderr && (g_options.verbose || (type != QtDebugMsg && type != QtInfoMsg))) {
        const QByteArray bytes = line.toUtf8() + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }
}
} // namespace

QString Logging::formatLine(int type, const char* category, const QString& message)
{
    QString text = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ')
        + QLatin1Char(levelLetter(QtMsgType(type))) + QLatin1Char(' ');
    if (category && qstrcmp(category, "default") != 0)
        text += QLatin1String(category) + QStringLiteral(": ");
    return text + Redactor::redact(message);
}

QString Logging::logDirectory()
{
    if (!g_options.directory.isEmpty())
        return g_options.directory;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

QStringList Logging::logFiles()
{
    return g_file ? g_file->files() : QStringList();
}

void Logging::install(const Options& options)
{
    g_options = options;
    const QString baseName
        = options.baseName.isEmpty() ? QCoreApplication::applicationName() : options.baseName;
    g_file = std::make_unique<RotatingLogFile>(logDirectory(),
                                               baseName.isEmpty() ? QStringLiteral("log") : baseName,
                                               options.maxBytes, options.keepFiles);
    if (options.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("am.*.debug=true"));
    if (!g_installed)
        g_previous = qInstallMessageHandler(handler);
    g_installed = true;
}

void Logging::install()
{
    Options options;
    options.verbose = QCoreApplication::arguments().contains(QStringLiteral("--verbose"));
    install(options);
}

void Logging::uninstall()
{
    if (g_installed)
        qInstallMessageHandler(g_previous);
    g_installed = false;
    g_previous = nullptr;
    g_file.reset();
}
