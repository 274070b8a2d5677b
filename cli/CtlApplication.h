// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CommandContext.h"

#include <QObject>
#include <QStringList>
#include <memory>

class Command;
class QCommandLineParser;

// account-ctl's start-up: global options (--server, --ca-file, --json, --version, --help), the
// command, and the shared parts (AccountApi, the app's TokenStore and AccountSettings, Session)
// set up exactly as account-manager sets them up, so that both see the same accounts.
class CtlApplication : public QObject
{
    Q_OBJECT

public:
    explicit CtlApplication(QObject* parent = nullptr);
    ~CtlApplication() override;

    // Parses the arguments and starts the command. Returns -1 when the command runs (the event loop
    // then ends with its exit code), otherwise the exit code to end with at once.
    int start(const QStringList& arguments);
    // Writes what is pending (the JSON object); call once before returning from main.
    void flushOutput();

private:
    static QString commandName(const QStringList& arguments);
    static void addGlobalOptions(QCommandLineParser& parser);
    static QString helpText(const QCommandLineParser& parser, const QString& command);
    bool setUpServer(const QCommandLineParser& parser, bool needsServer);

    std::unique_ptr<QCommandLineParser> m_parser;
    std::unique_ptr<OutputFormatter> m_output;
    std::unique_ptr<PromptReader> m_prompt;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Command> m_command;
    CommandContext m_context;
};
