// SPDX-License-Identifier: Apache-2.0
#include "CtlApplication.h"

#include "Command.h"
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "OutputFormatter.h"
#include "PromptReader.h"
#include "ServerAddress.h"
#include "api/AccountApi.h"
#include "diagnostics/ErrorHistory.h"
#include "network/NetworkProxy.h"
#include "session/Session.h"
#include "session/SessionLogger.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace {
const char* const kExitCodes = "Exit codes:\n"
                               "  0  done\n"
                               "  1  the operation failed: the server said no (wrong password, locked, …)\n"
                               "  2  usage error: bad arguments, or stdin ended before an answer\n"
                               "  3  network or TLS problem: unreachable, untrusted certificate, bad answer\n"
                               "  4  keychain problem: no Secret Service, or it refused\n";
} // namespace

CtlApplication::CtlApplication(QObject* parent)
    : QObject(parent)
    , m_output(std::make_unique<OutputFormatter>())
    , m_prompt(std::make_unique<PromptReader>())
{
}

CtlApplication::~CtlApplication()
{
    // The command first: its callbacks refer to everything else.
    m_command.reset();
}

void CtlApplication::flushOutput()
{
    m_output->flush();
}

QString CtlApplication::commandName(const QStringList& arguments)
{
    // The first argument that is neither an option nor the value of a global option, or the first
    // two when they name a command together ("devices list"). Command options come after the
    // command's name, so their values cannot be taken for it.
    QStringList words;
    for (int i = 1; i < arguments.size() && words.size() < 2; ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--server") || arg == QLatin1String("--ca-file")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-'))) {
            if (!words.isEmpty())
                break;
            continue;
        }
        words.append(arg);
    }
    if (words.size() == 2 && CommandRegistry::find(words.join(QLatin1Char(' '))))
        return words.join(QLatin1Char(' '));
    return words.value(0);
}

void CtlApplication::addGlobalOptions(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("server"),
                       QStringLiteral("The account server, default %1.").arg(ServerAddress::defaultUrl()),
                       QStringLiteral("URL"), ServerAddress::defaultUrl() });
    parser.addOption({ QStringLiteral("ca-file"),
                       QStringLiteral("Also trust the CA certificates in this PEM file."),
                       QStringLiteral("PEM") });
    parser.addOption({ QStringLiteral("json"),
                       QStringLiteral("Machine-readable output: one JSON object on stdout; errors as "
                                      "{\"error\":{code, message, requestId, field}}.") });
    parser.addOption({ QStringLiteral("verbose"),
                       QStringLiteral("Debug logging of every area on stderr and in the log file.") });
    parser.addOption({ QStringLiteral("version"), QStringLiteral("Print the version and exit.") });
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Print this help.") });
}

QString CtlApplication::helpText(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    if (const auto* entry = CommandRegistry::find(command)) {
        text += QStringLiteral("\n%1\n  account-ctl %2\n").arg(entry->summary, entry->synopsis());
    } else {
        text += QStringLiteral("\nCommands:\n");
        for (const auto& entry : CommandRegistry::entries()) {
            if (!entry.hidden)
                text += QStringLiteral("  %1\n      %2\n").arg(entry.synopsis(), entry.summary);
        }
        text += QStringLiteral("Run account-ctl COMMAND --help for a command's options.\n");
    }
    text += QLatin1Char('\n') + QString::fromUtf8(kExitCodes);
    return text;
}

int CtlApplication::start(const QStringList& arguments)
{
    // Known before parsing, so that even a usage error comes out as JSON when asked for.
    m_output->setJson(arguments.contains(QStringLiteral("--json")));

    const QString name = commandName(arguments);
    const CommandRegistry::Entry* entry = CommandRegistry::find(name);
    // A member: the command reads its options while it runs (CommandContext::options).
    m_parser = std::make_unique<QCommandLineParser>();
    QCommandLineParser& parser = *m_parser;
    parser.setApplicationDescription(
        QStringLiteral("Sign in to an account, create one, and diagnose the connection: the command-line "
                       "companion of Account Manager, sharing its keychain entries and settings."));
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("One of the commands below."),
                                 QStringLiteral("COMMAND [ARGUMENTS]"));
    addGlobalOptions(parser);
    m_context.output = m_output.get();
    m_context.prompt = m_prompt.get();
    m_context.options = m_parser.get();
    if (entry) {
        m_context.command = entry->name;
        m_command.reset(entry->create(&m_context));
        for (const CommandOption& option : entry->options)
            parser.addOption(option.parserOption());
    }
    if (!parser.parse(arguments)) {
        m_output->usageError(parser.errorText());
        return ExitCode::Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(helpText(parser, name).toUtf8().constData(), stdout);
        return ExitCode::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("account-ctl %s\n", qPrintable(QCoreApplication::applicationVersion()));
        return ExitCode::Ok;
    }
    if (name.isEmpty()) {
        m_output->usageError(QStringLiteral("No command given. Run account-ctl --help for the list."));
        return ExitCode::Usage;
    }
    if (!entry) {
        // "devices" alone: name the commands it starts.
        QStringList subcommands;
        for (const auto& candidate : CommandRegistry::entries()) {
            if (candidate.name.startsWith(name + QLatin1Char(' ')))
                subcommands.append(candidate.name);
        }
        m_output->usageError(
            subcommands.isEmpty()
                ? QStringLiteral("Unknown command \"%1\". Run account-ctl --help for the list.").arg(name)
                : QStringLiteral("\"%1\" needs one more word: %2.")
                      .arg(name, subcommands.join(QStringLiteral(", "))));
        return ExitCode::Usage;
    }
    if (!setUpServer(parser, entry->needsServer))
        return ExitCode::Usage;

    connect(m_command.get(), &Command::finished, this,
            [](int exitCode) { QCoreApplication::exit(exitCode); });
    QStringList positional = parser.positionalArguments();
    positional = positional.mid(int(name.count(QLatin1Char(' '))) + 1); // the command's name
    // The app's proxy setting (Settings → Network) holds here too; its password is in the keychain.
    NetworkProxy::apply(m_settings->proxy(), m_tokens.get(), m_api.get(), this,
                        [this, positional](const ApiError&) { m_command->execute(positional); });
    return -1;
}

bool CtlApplication::setUpServer(const QCommandLineParser& parser, bool needsServer)
{
    m_context.serverText = parser.value(QStringLiteral("server"));
    m_context.server = ServerAddress::parse(m_context.serverText, &m_context.serverProblem);
    if (needsServer && !m_context.server.isValid()) {
        m_output->usageError(m_context.serverProblem);
        return false;
    }
    // The app's own settings and keychain service: what one signs in to, the other sees.
    m_settings = std::make_unique<AccountSettings>();
    m_tokens = std::make_unique<TokenStore>();
    m_api = std::make_unique<AccountApi>();
    ErrorHistory::follow(m_api.get()); // `diagnose --report` lists the failed requests
    m_api->setServerUrl(m_context.server);
    m_context.caFile = parser.value(QStringLiteral("ca-file"));
    if (!m_context.caFile.isEmpty()) {
        QString reason;
        if (!m_api->addTrustedCaFile(m_context.caFile, &reason)) {
            m_output->usageError(
                QStringLiteral("The file given with --ca-file cannot be used: %1").arg(reason));
            return false;
        }
    }
    m_session = std::make_unique<Session>(m_api.get(), m_tokens.get(), m_settings.get());
    SessionLogger::attach(m_session.get());
    m_context.api = m_api.get();
    m_context.tokens = m_tokens.get();
    m_context.settings = m_settings.get();
    m_context.session = m_session.get();
    return true;
}
