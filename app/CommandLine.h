// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

// The app's options: --server URL, --ca-file PEM, --lang LANGUAGE (Translations::available() or
// pseudo), --verbose, --version, --help.
struct CommandLine
{
    QUrl server;
    QString caFile;
    QString language; // empty: the saved choice, then the system's

    // Parses the application's arguments. On --help, --version or a bad option, prints to the
    // terminal and returns false with *exitCode set.
    bool parse(const QCoreApplication& app, int* exitCode);
};
