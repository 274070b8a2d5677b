#include "DiagnoseCommand.h"

#include "ExitCode.h"
#include "KeychainProbe.h"
#include "OutputFormatter.h"
#include "ServerAddress.h"
#include "TcpProbe.h"
#include "TlsProbe.h"
#include "api/AccountApi.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>

namespace {
const int kTimeoutMs = 10000;
// Beyond this, token lifetimes and lock windows misbehave on one side.
const qint64 kClockToleranceMs = 5 * 60 * 1000;
} // namespace

void DiagnoseCommand::run(const QCommandLineParser&, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        failUsage(QStringLiteral("diagnose takes no arguments."));
        return;
    }
    m_steps = { [this] { checkUrl(); },    [this] { checkTcp(); },      [this] { checkTls(); },
                [this] { checkHealth(); }, [this] { checkKeychain(); }, [this] { checkAccounts(); } };
    next();
}

void DiagnoseCommand::next()
{
    if (m_step >= m_steps.size()) {
        end();
        return;
    }
    m_steps.at(m_step++)();
}

void DiagnoseCommand::report(Status status, const QString& name, const QString& detail,
                             const QStringList& more, const QJsonObject& extra)
{
    static const char* const kWords[] = { "OK", "FAIL", "SKIP" };
    const QString word = QString::fromLatin1(kWords[int(status)]);
    m_context->output->line(QStringLiteral("%1 %2: %3").arg(word, name, detail));
    for (const QString& line : more)
        m_context->output->line(QStringLiteral("    ") + line);
    QJsonObject check = extra;
    check.insert(QStringLiteral("name"), name);
    check.insert(QStringLiteral("status"), word.toLower());
    check.insert(QStringLiteral("detail"), detail);
    m_checks.append(check);
}

void DiagnoseCommand::failed(const ApiError& error, const QString& cause)
{
    if (m_exitCode != 0)
        return;
    m_exitCode = ExitCode::forError(error);
    m_error = error;
    m_cause = cause;
}

void DiagnoseCommand::end()
{
    OutputFormatter* out = m_context->output;
    out->set(QStringLiteral("server"), m_context->serverText);
    out->set(QStringLiteral("checks"), m_checks);
    out->set(QStringLiteral("ok"), m_exitCode == 0);
    if (m_exitCode != 0) {
        out->set(QStringLiteral("cause"), m_cause);
        if (out->isJson()) {
            out->error(m_error);
        }
        out->note(QStringLiteral("Cause: ") + m_cause);
    }
    finish(m_exitCode);
}

void DiagnoseCommand::checkUrl()
{
    if (!m_context->server.isValid()) {
        report(Status::Fail, QStringLiteral("server URL"), m_context->serverProblem);
        ApiError error(ErrorCode::InvalidField, QStringLiteral("server"));
        failed(error, m_context->serverProblem);
        m_exitCode = ExitCode::Usage;
    } else {
        report(Status::Ok, QStringLiteral("server URL"), m_context->server.toString());
    }
    next();
}

void DiagnoseCommand::checkTcp()
{
    if (!m_context->server.isValid()) {
        report(Status::Skip, QStringLiteral("TCP"), QStringLiteral("no valid server address"));
        next();
        return;
    }
    auto* probe = new TcpProbe(this);
    const QUrl& server = m_context->server;
    probe->start(
        server.host(), quint16(server.port(443)), kTimeoutMs, [this, probe](bool ok, const QString& detail) {
            probe->deleteLater();
            const QString where = ServerAddress::hostAndPort(m_context->server);
            if (ok) {
                report(Status::Ok, QStringLiteral("TCP"), detail);
                m_reachable = true;
            } else {
                report(Status::Fail, QStringLiteral("TCP"), QStringLiteral("%1: %2").arg(where, detail));
                ApiError error(ErrorCode::ServerUnreachable);
                error.detail = detail;
                failed(error,
                       QStringLiteral(
                           "The server is unreachable at %1 (%2): is it running, and is --server right?")
                           .arg(where, detail));
            }
            next();
        });
}

void DiagnoseCommand::checkTls()
{
    if (!m_reachable) {
        report(Status::Skip, QStringLiteral("TLS"), QStringLiteral("the server cannot be reached"));
        next();
        return;
    }
    QList<QSslCertificate> extraCas;
    if (!m_context->caFile.isEmpty()) {
        QFile file(m_context->caFile);
        if (file.open(QIODevice::ReadOnly))
            extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    }
    auto* probe = new TlsProbe(this);
    probe->start(
        m_context->server.host(), quint16(m_context->server.port(443)), extraCas, kTimeoutMs,
        [this, probe](const TlsProbe::Result& result) {
            probe->deleteLater();
            QStringList chain;
            QJsonArray certificates;
            for (int i = 0; i < result.chain.size(); ++i) {
                chain.append(QStringLiteral("certificate %1: %2")
                                 .arg(i + 1)
                                 .arg(TlsProbe::describe(result.chain.at(i))));
                certificates.append(TlsProbe::describe(result.chain.at(i)));
            }
            const QJsonObject extra { { QStringLiteral("certificates"), certificates } };
            if (result.ok) {
                report(
                    Status::Ok, QStringLiteral("TLS"),
                    QStringLiteral("%1, %2, certificate chain trusted").arg(result.protocol, result.cipher),
                    chain, extra);
                next();
                return;
            }
            m_reachable = false;
            const QString errors = result.errors.join(QStringLiteral("; "));
            report(Status::Fail, QStringLiteral("TLS"), errors, chain, extra);
            ApiError error(result.untrusted ? ErrorCode::TlsUntrusted : ErrorCode::TlsError);
            error.detail = errors;
            failed(error,
                   result.untrusted
                       ? QStringLiteral(
                             "The server's certificate is not trusted: %1; pass the CA with --ca-file.")
                             .arg(errors)
                       : QStringLiteral("The TLS handshake with the server failed: %1.").arg(errors));
            next();
        });
}

void DiagnoseCommand::checkHealth()
{
    if (!m_reachable) {
        report(Status::Skip, QStringLiteral("health"), QStringLiteral("no trusted connection to the server"));
        next();
        return;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    timer->start();
    m_context->api->health(this, [this, timer, sentAt](const HealthResponse& health, const ApiError& error) {
        const qint64 roundTrip = timer->elapsed();
        if (error) {
            report(Status::Fail, QStringLiteral("health"), OutputFormatter::errorText(error));
            failed(error, QStringLiteral("GET /v1/health failed: %1").arg(OutputFormatter::errorText(error)));
            next();
            return;
        }
        // The server read its clock about half-way through the round trip.
        const qint64 skew = health.time.toMSecsSinceEpoch() - (sentAt + roundTrip / 2);
        const QJsonObject extra { { QStringLiteral("version"), health.version },
                                  { QStringLiteral("roundTripMs"), roundTrip },
                                  { QStringLiteral("clockDifferenceMs"), skew } };
        const QString detail = QStringLiteral("server %1, round trip %2 ms, clock difference %3%4 s")
                                   .arg(health.version)
                                   .arg(roundTrip)
                                   .arg(skew >= 0 ? QStringLiteral("+") : QString())
                                   .arg(double(skew) / 1000.0, 0, 'f', 1);
        if (qAbs(skew) > kClockToleranceMs) {
            report(Status::Fail, QStringLiteral("health"), detail, {}, extra);
            failed(ApiError(ErrorCode::InvalidField, QStringLiteral("time")),
                   QStringLiteral(
                       "This computer's clock is %1 s off the server's: set it right (NTP) and try again.")
                       .arg(skew / 1000));
        } else {
            report(Status::Ok, QStringLiteral("health"), detail, {}, extra);
        }
        next();
    });
}

void DiagnoseCommand::checkKeychain()
{
    auto* probe = new KeychainProbe(this);
    probe->start([this, probe](const ApiError& error) {
        probe->deleteLater();
        if (!error) {
            m_keychainWorks = true;
            report(Status::Ok, QStringLiteral("keychain"),
                   QStringLiteral("a probe entry (service %1) was written, read and deleted")
                       .arg(KeychainProbe::serviceName()));
        } else {
            report(Status::Fail, QStringLiteral("keychain"), OutputFormatter::errorText(error));
            failed(error,
                   QStringLiteral("The keychain cannot be used: %1").arg(OutputFormatter::errorText(error)));
        }
        next();
    });
}

void DiagnoseCommand::checkAccounts()
{
    if (!m_context->server.isValid()) {
        report(Status::Skip, QStringLiteral("accounts"), QStringLiteral("no valid server address"));
        next();
        return;
    }
    checkAccountEntries(m_context->settings->accounts(m_context->server), {});
}

void DiagnoseCommand::checkAccountEntries(QList<qint64> remaining, QStringList described)
{
    if (remaining.isEmpty()) {
        const QString file = m_context->settings->raw().fileName();
        report(Status::Ok, QStringLiteral("accounts"),
               described.isEmpty() ? QStringLiteral("none signed in for this server")
                                   : described.join(QStringLiteral(", ")),
               { QStringLiteral("settings: %1").arg(file) },
               { { QStringLiteral("accounts"), QJsonArray::fromStringList(described) },
                 { QStringLiteral("settingsFile"), file } });
        next();
        return;
    }
    const qint64 id = remaining.takeFirst();
    const bool current = m_context->settings->currentAccount(m_context->server) == id;
    const QString label
        = QString::number(id) + (current ? QStringLiteral(" (current") : QStringLiteral(" ("));
    if (!m_keychainWorks) {
        described.append(label + (current ? QStringLiteral(", ") : QString())
                         + QStringLiteral("keychain not checked)"));
        checkAccountEntries(remaining, described);
        return;
    }
    // Only whether an entry exists: the token itself is never shown.
    m_context->tokens->read(
        m_context->server, id, this,
        [this, remaining, described, label, current](const QString&, const ApiError& error) mutable {
            const QString state = !error               ? QStringLiteral("keychain entry present")
                : error.code == ErrorCode::NotSignedIn ? QStringLiteral("no keychain entry")
                                                       : error.wireName();
            described.append(label + (current ? QStringLiteral(", ") : QString()) + state + QLatin1Char(')'));
            checkAccountEntries(remaining, described);
        });
}
