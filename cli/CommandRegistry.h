// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"

#include <QList>
#include <QString>
#include <functional>

class Command;

// Every command of account-ctl: its name, synopsis for --help, and how to make it.
// Adding a command is a new Command subclass plus one line in CommandRegistry.cpp.
class CommandRegistry
{
public:
    struct Entry
    {
        QString name; // "login"
        QString synopsis; // "login LOGIN [--password-stdin] [--region RU] [--captcha-file PATH]"
        QString summary; // one line for --help
        bool hidden = false; // maintenance commands stay out of --help
        std::function<Command*(CommandContext*)> create;
    };

    static const QList<Entry>& entries();
    static const Entry* find(const QString& name);
};
