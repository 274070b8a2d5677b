// SPDX-License-Identifier: Apache-2.0
// bench-flows [--rounds N]: wizard round trips through AccountApi and event-loop stalls of the real
// sign-up and sign-in wizards, against a real account-server (TestServer: $ACCOUNT_SERVER_BIN, the
// test CA) on loopback. Run it on the offscreen platform inside a D-Bus session with an unlocked
// gnome-keyring, as scripts/test does. Prints one JSON object a line.
#include "ApiRoundTrips.h"
#include "StallMeter.h"
#include "TestServer.h"
#include "WizardRun.h"
#include "api/AccountApi.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace {
void print(const QJsonObject& object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int failed(const QString& what)
{
    std::fprintf(stderr, "bench-flows: %s\n", qPrintable(what));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("account-manager-bench"));
    const QStringList args = QApplication::arguments();
    const int roundsIndex = args.indexOf(QStringLiteral("--rounds"));
    const int rounds = roundsIndex > 0 ? qMax(1, args.value(roundsIndex + 1).toInt()) : 10;

    TestServer server;
    if (!server.start())
        return failed(server.errorString());

    AccountApi api;
    api.setServerUrl(server.url());
    QString reason;
    if (!api.addTrustedCaFile(server.caCertificatePath(), &reason))
        return failed(reason);
    ApiRoundTrips trips(&api, &server);
    if (!trips.run(rounds))
        return failed(trips.error());
    for (auto it = trips.steps().cbegin(); it != trips.steps().cend(); ++it) {
        print({ { QStringLiteral("kind"), QStringLiteral("roundtrip") },
                { QStringLiteral("step"), it.key() },
                { QStringLiteral("medianMs"), it->median() },
                { QStringLiteral("maxMs"), it->max() },
                { QStringLiteral("n"), it->count() } });
    }

    StallMeter meter;
    meter.start();
    {
        WizardRun run(&server, &meter);
        if (!run.createApp())
            return failed(run.error());
        const QString password = QStringLiteral("Bench-Wizard-Passw0rd");
        const int guiRounds = qMax(1, rounds / 3);
        for (int i = 0; i < guiRounds; ++i) {
            const QString email = QStringLiteral("wizard%1@example.com").arg(i);
            if (!run.registerAccount(email, password) || !run.signOut(password)
                || !run.signIn(email, password) || !run.signOut(password))
                return failed(run.error());
        }
        meter.stop();
        for (auto it = run.flowStalls().cbegin(); it != run.flowStalls().cend(); ++it) {
            if (it.key().isEmpty())
                continue;
            print({ { QStringLiteral("kind"), QStringLiteral("stall") },
                    { QStringLiteral("flow"), it.key() },
                    { QStringLiteral("worstMs"), it.value() },
                    { QStringLiteral("cpuMs"), run.flowStallCpu().value(it.key()) },
                    { QStringLiteral("waitMs"), run.flowStallWait().value(it.key()) },
                    { QStringLiteral("ownMs"), run.flowOwnStalls().value(it.key()) },
                    { QStringLiteral("n"), guiRounds } });
        }
        for (auto it = run.stepStalls().cbegin(); it != run.stepStalls().cend(); ++it) {
            print({ { QStringLiteral("kind"), QStringLiteral("stepStall") },
                    { QStringLiteral("step"), it.key() },
                    { QStringLiteral("worstMs"), it.value() } });
        }
    }
    return 0;
}
