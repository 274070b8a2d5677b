// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

// The command line of an operator command: its description, --help, and where the server's
// database is, the same for every command: --data-dir DIR (the server's data directory, with
// the database DIR/accounts.sqlite) or --db PATH (a file elsewhere, or a PostgreSQL URL), one
// of them required.
class OperatorCommandLine : public QCommandLineParser
{
public:
    explicit OperatorCommandLine(const QString& description);

    // After process(): whether --data-dir or --db was given.
    bool hasDatabase() const;
    QString dataDir() const; // empty without --data-dir
    QString dbPath() const;

private:
    QCommandLineOption m_dataDir;
    QCommandLineOption m_db;
};
