// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"
#include "CommandOption.h"

#include <QList>
#include <QString>
#include <functional>

class Command;

// Every command of account-ctl: its name, arguments, options and summary for --help, and how to
// make it. Adding a command is a new Command subclass plus one row in CommandRegistry.cpp.
class CommandRegistry
{
public:
    struct Entry
    {
        QString name; // "login"
        QString arguments; // the positional ones as the synopsis shows them: "LOGIN", "[en|ru|zh_CN]"
        QString summary; // one line for --help
        QList<CommandOption> options; // the parser is filled from them
        bool hidden = false; // maintenance commands stay out of --help
        // Whether the command uses the network and so needs a valid --server before it runs.
        bool needsServer = true;
        std::function<Command*(CommandContext*)> create;

        // "login LOGIN [--password-stdin] [--region RU] ...", made from the above.
        QString synopsis() const;
    };

    static const QList<Entry>& entries();
    static const Entry* find(const QString& name);
};
