// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

class AccountApi;
class AccountSettings;
class OutputFormatter;
class PromptReader;
class QCommandLineParser;
class Session;
class TokenStore;

// What every command works with; CtlApplication owns all of it and outlives the command.
struct CommandContext
{
    QString command; // the command's name as the registry has it: "devices list"
    // The parsed command line; the command reads its options (its row in the registry) by name.
    const QCommandLineParser* options = nullptr;
    QString serverText; // --server as given
    QUrl server; // parsed; invalid only for commands that check it themselves (diagnose)
    QString serverProblem; // why server is invalid
    QString caFile; // --ca-file, empty when none
    AccountApi* api = nullptr; // set up with server and caFile
    TokenStore* tokens = nullptr; // the app's keychain service
    AccountSettings* settings = nullptr; // the app's settings
    Session* session = nullptr;
    OutputFormatter* output = nullptr;
    PromptReader* prompt = nullptr;
};
