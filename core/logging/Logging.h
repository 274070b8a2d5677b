// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// The process's logging: every qDebug/qInfo/qWarning goes through the Redactor into a rotating
// file in the app's data folder (QStandardPaths::AppDataLocation/logs, 1 MiB x 5 files); warnings
// also go to stderr, everything does with verbose. Call install() once, right after the
// application's names are set.
namespace Logging {

struct Options
{
    bool verbose = false; // debug output of every am.* category, and all of it on stderr too
    QString directory; // empty: AppDataLocation/logs
    QString baseName; // empty: the application name
    qint64 maxBytes = 1024 * 1024;
    int keepFiles = 5;
    bool echoToStderr = true; // warnings and above (everything with verbose)
};

// Installs the handler. With no options: verbose when the arguments hold "--verbose".
void install(const Options& options);
void install();
// Takes the handler out again (tests) and closes the file.
void uninstall();

QString logDirectory();
// The current log file and its rotated predecessors, newest first.
QStringList logFiles();
// "2026-11-25T11:00:00.123Z D am.api: message" with the message redacted: what the file gets.
QString formatLine(int type, const char* category, const QString& message);

} // namespace Logging
