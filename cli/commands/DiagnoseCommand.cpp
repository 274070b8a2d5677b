// SPDX-License-Identifier: Apache-2.0
#include "DiagnoseCommand.h"

#include "ExitCode.h"
#include "OutputFormatter.h"
#include "api/AccountApi.h"
#include "diagnostics/Diagnostics.h"

#include <QJsonArray>

void DiagnoseCommand::run(const QStringList& arguments)
{
    if (!noArguments(arguments))
        return;
    Diagnostics::Setup setup;
    setup.server = m_context->server;
    setup.serverProblem = m_context->serverProblem;
    setup.extraCas = m_context->api->trustedCaCertificates();
    setup.api = m_context->api;
    setup.tokens = m_context->tokens;
    setup.settings = m_context->settings;
    setup.session = m_context->session;
    m_diagnostics = new Diagnostics(this);
    connect(m_diagnostics, &Diagnostics::checkFinished, this, &DiagnoseCommand::printCheck);
    connect(m_diagnostics, &Diagnostics::finished, this, &DiagnoseCommand::end);
    m_diagnostics->start(setup);
}

void DiagnoseCommand::printCheck(const DiagnosticCheck& check)
{
    // As each check ends, so that a slow step shows where it hangs.
    m_context->output->line(check.toText());
}

void DiagnoseCommand::end(const DiagnosticsReport& report)
{
    OutputFormatter* out = m_context->output;
    QJsonArray checks;
    for (const DiagnosticCheck& check : report.checks)
        checks.append(check.toJson());
    out->set(QStringLiteral("server"), m_context->serverText);
    out->set(QStringLiteral("checks"), checks);
    out->set(QStringLiteral("ok"), report.ok());
    out->set(QStringLiteral("report"), report.toJson());
    if (isSet(QStringLiteral("report")))
        out->line(QStringLiteral("\n") + report.toText());
    int exitCode = ExitCode::Ok;
    if (!report.ok()) {
        // A bad address is a usage error, like any other bad argument.
        const bool badAddress
            = !report.checks.isEmpty() && report.checks.first().status == DiagnosticCheck::Status::Fail;
        exitCode = badAddress ? int(ExitCode::Usage) : ExitCode::forError(report.error);
        out->set(QStringLiteral("cause"), report.cause);
        if (out->isJson())
            out->error(report.error);
        out->note(QStringLiteral("Cause: ") + report.cause);
    }
    finish(exitCode);
}
