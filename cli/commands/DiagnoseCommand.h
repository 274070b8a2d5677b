// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

class Diagnostics;
struct DiagnosticCheck;
struct DiagnosticsReport;

// `diagnose`: the checks support staff walk a customer through (core's Diagnostics, the same as the
// app's Help -> Diagnostics), in order, each one line "OK|FAIL|SKIP name: detail": the server
// address, TCP, TLS (chain, protocol, cipher), /v1/health (version, round trip, clock), the
// keychain, and the accounts signed in for this server. The first failure gives the exit code and
// a "Cause:" line that says what to do. --report prints the whole report (versions, recent
// errors) as the app saves it; --json carries it under "report".
class DiagnoseCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;

private:
    void run(const QStringList& arguments) override;
    void printCheck(const DiagnosticCheck& check);
    void end(const DiagnosticsReport& report);

    Diagnostics* m_diagnostics = nullptr;
};
