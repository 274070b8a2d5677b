// SPDX-License-Identifier: Apache-2.0
#include "Diagnostics.h"

#include "ErrorHistory.h"
#include "KeychainProbe.h"
#include "TcpProbe.h"
#include "TlsProbe.h"
#include "api/AccountApi.h"
#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "session/Session.h"
#include "session/TokenStore.h"
#include "settings/AccountSettings.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSysInfo>
#include <memory>

namespace {
QString hostAndPort(const QUrl& url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(443));
}

QString keychainBackend()
{
#if defined(Q_OS_MACOS)
    return QStringLiteral("macOS Keychain");
#elif defined(Q_OS_WIN)
    return QStringLiteral("Windows Credential Manager");
#else
    return QStringLiteral("Secret Service (D-Bus)");
#endif
}
} // namespace

Diagnostics::Diagnostics(QObject* parent)
    : QObject(parent)
{
}

Diagnostics::~Diagnostics() = default;

Diagnostics::Setup Diagnostics::setupFor(Session* session, TokenStore* tokens, AccountSettings* settings)
{
    Setup setup;
    setup.api = session->api();
    setup.server = setup.api->serverUrl();
    if (!setup.server.isValid() || setup.server.scheme() != QLatin1String("https"))
        setup.serverProblem = QStringLiteral("the server address is not an https:// URL");
    setup.extraCas = setup.api->trustedCaCertificates();
    setup.tokens = tokens;
    setup.settings = settings;
    setup.session = session;
    return setup;
}

void Diagnostics::start(const Setup& setup)
{
    if (m_running)
        return;
    m_running = true;
    m_setup = setup;
    if (!m_setup.history)
        m_setup.history = &ErrorHistory::global();
    m_report = DiagnosticsReport {};
    m_report.createdAt = QDateTime::currentDateTimeUtc();
    m_report.appVersion = QCoreApplication::applicationVersion();
    m_report.qtVersion = QString::fromLatin1(qVersion());
    m_report.os = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::currentCpuArchitecture()
        + QLatin1Char(')');
    m_report.logDirectory = Logging::logDirectory();
    m_report.serverUrl = setup.server.isValid() ? setup.server.toString() : QString();
    m_report.proxy = setup.api ? setup.api->proxyDescription() : QStringLiteral("none");
    m_report.keychainBackend = keychainBackend();
    m_trusted = false;
    m_step = 0;
    m_steps = { [this] { checkUrl(); },    [this] { checkTcp(); },      [this] { checkTls(); },
                [this] { checkHealth(); }, [this] { checkKeychain(); }, [this] { checkAccounts(); } };
    qCInfo(lcDiagnostics).noquote() << "diagnostics started for" << m_report.serverUrl;
    // Never inside the caller's call: the first result arrives from the event loop like the rest.
    QMetaObject::invokeMethod(this, &Diagnostics::next, Qt::QueuedConnection);
}

void Diagnostics::next()
{
    if (m_step < m_steps.size()) {
        m_steps.at(m_step++)();
        return;
    }
    m_report.recentErrors = m_setup.history->records();
    m_running = false;
    qCInfo(lcDiagnostics).noquote() << "diagnostics finished:" << (m_report.ok() ? "ok" : "failed")
                                    << m_report.error.wireName();
    emit finished(m_report);
}

void Diagnostics::add(DiagnosticCheck::Status status, const QString& name, const QString& detail,
                      const QStringList& lines, const QJsonObject& data)
{
    DiagnosticCheck check { name, status, detail, lines, data };
    m_report.checks.append(check);
    qCDebug(lcDiagnostics).noquote() << check.statusWord() << name << detail;
    emit checkFinished(check);
}

void Diagnostics::failed(const ApiError& error, const QString& cause)
{
    if (m_report.error)
        return;
    m_report.error = error;
    m_report.cause = cause;
}

void Diagnostics::checkUrl()
{
    const QUrl& server = m_setup.server;
    if (!server.isValid() || !m_setup.serverProblem.isEmpty()) {
        const QString problem = m_setup.serverProblem.isEmpty() ? QStringLiteral("no valid server address")
                                                                : m_setup.serverProblem;
        add(DiagnosticCheck::Status::Fail, QStringLiteral("server URL"), problem);
        failed(ApiError(ErrorCode::InvalidField, QStringLiteral("server")), problem);
    } else {
        add(DiagnosticCheck::Status::Ok, QStringLiteral("server URL"), server.toString());
    }
    next();
}

void Diagnostics::checkTcp()
{
    if (m_report.error) {
        add(DiagnosticCheck::Status::Skip, QStringLiteral("TCP"), QStringLiteral("no valid server address"));
        next();
        return;
    }
    auto* probe = new TcpProbe(this);
    if (m_setup.api)
        probe->setProxy(m_setup.api->proxy()); // the way the requests go
    const QUrl& server = m_setup.server;
    probe->start(server.host(), quint16(server.port(443)), m_setup.timeoutMs,
                 [this, probe](bool ok, const QString& detail) {
                     probe->deleteLater();
                     const QString where = hostAndPort(m_setup.server);
                     if (ok) {
                         m_report.reachable = true;
                         add(DiagnosticCheck::Status::Ok, QStringLiteral("TCP"), detail);
                     } else {
                         add(DiagnosticCheck::Status::Fail, QStringLiteral("TCP"),
                             QStringLiteral("%1: %2").arg(where, detail));
                         ApiError error(ErrorCode::ServerUnreachable);
                         error.detail = detail;
                         failed(error,
                                QStringLiteral("The server is unreachable at %1 (%2): is it running, "
                                               "and is the server address right?")
                                    .arg(where, detail));
                     }
                     next();
                 });
}

void Diagnostics::checkTls()
{
    if (!m_report.reachable) {
        add(DiagnosticCheck::Status::Skip, QStringLiteral("TLS"),
            QStringLiteral("the server cannot be reached"));
        next();
        return;
    }
    auto* probe = new TlsProbe(this);
    if (m_setup.api)
        probe->setProxy(m_setup.api->proxy());
    probe->start(
        m_setup.server.host(), quint16(m_setup.server.port(443)), m_setup.extraCas, m_setup.timeoutMs,
        [this, probe](const TlsProbe::Result& result) {
            probe->deleteLater();
            QStringList lines;
            QJsonArray certificates;
            for (int i = 0; i < result.chain.size(); ++i) {
                const QSslCertificate& certificate = result.chain.at(i);
                DiagnosticsReport::Certificate info;
                info.subject
                    = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
                info.issuer = certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
                info.expiry = certificate.expiryDate().toUTC();
                m_report.certificates.append(info);
                lines.append(QStringLiteral("certificate %1: %2").arg(i + 1).arg(info.describe()));
                certificates.append(info.describe());
            }
            m_report.tlsProtocol = result.protocol;
            m_report.tlsCipher = result.cipher;
            m_report.tlsErrors = result.errors;
            const QJsonObject data { { QStringLiteral("certificates"), certificates } };
            if (result.ok) {
                m_trusted = true;
                m_report.tlsTrusted = true;
                add(DiagnosticCheck::Status::Ok, QStringLiteral("TLS"),
                    QStringLiteral("%1, %2, certificate chain trusted").arg(result.protocol, result.cipher),
                    lines, data);
                next();
                return;
            }
            const QString errors = result.errors.join(QStringLiteral("; "));
            add(DiagnosticCheck::Status::Fail, QStringLiteral("TLS"), errors, lines, data);
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

void Diagnostics::checkHealth()
{
    if (!m_trusted || !m_setup.api) {
        add(DiagnosticCheck::Status::Skip, QStringLiteral("health"),
            QStringLiteral("no trusted connection to the server"));
        next();
        return;
    }
    auto timer = std::make_shared<QElapsedTimer>();
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    timer->start();
    m_setup.api->health(this, [this, timer, sentAt](const HealthResponse& health, const ApiError& error) {
        const qint64 roundTrip = timer->elapsed();
        if (error) {
            const QString text = error.userMessage()
                + (error.detail.isEmpty() ? QString()
                                          : QStringLiteral(" (") + error.detail + QLatin1Char(')'))
                + QStringLiteral(" [") + error.reference() + QLatin1Char(']');
            add(DiagnosticCheck::Status::Fail, QStringLiteral("health"), text);
            failed(error, QStringLiteral("GET /v1/health failed: %1").arg(text));
            next();
            return;
        }
        // The server read its clock about half-way through the round trip.
        const qint64 skew = health.time.toMSecsSinceEpoch() - (sentAt + roundTrip / 2);
        m_report.roundTripMs = roundTrip;
        m_report.serverVersion = health.version;
        m_report.clockKnown = true;
        m_report.clockDifferenceMs = skew;
        const QJsonObject data { { QStringLiteral("version"), health.version },
                                 { QStringLiteral("roundTripMs"), roundTrip },
                                 { QStringLiteral("clockDifferenceMs"), skew } };
        const QString detail = QStringLiteral("server %1, round trip %2 ms, clock difference %3%4 s")
                                   .arg(health.version)
                                   .arg(roundTrip)
                                   .arg(skew >= 0 ? QStringLiteral("+") : QString())
                                   .arg(double(skew) / 1000.0, 0, 'f', 1);
        if (qAbs(skew) > m_setup.clockToleranceMs) {
            add(DiagnosticCheck::Status::Fail, QStringLiteral("health"), detail, {}, data);
            failed(ApiError(ErrorCode::InvalidField, QStringLiteral("time")),
                   QStringLiteral(
                       "This computer's clock is %1 s off the server's: set it right (NTP) and try again.")
                       .arg(skew / 1000));
        } else {
            add(DiagnosticCheck::Status::Ok, QStringLiteral("health"), detail, {}, data);
        }
        next();
    });
}

void Diagnostics::checkKeychain()
{
    auto* probe = new KeychainProbe(this);
    probe->start([this, probe](const ApiError& error) {
        probe->deleteLater();
        if (!error) {
            m_report.keychainWorks = true;
            add(DiagnosticCheck::Status::Ok, QStringLiteral("keychain"),
                QStringLiteral("%1: a probe entry (service %2) was written, read and deleted")
                    .arg(m_report.keychainBackend, KeychainProbe::serviceName()));
        } else {
            m_report.keychainProblem = error.wireName()
                + (error.detail.isEmpty() ? QString() : QStringLiteral(": ") + error.detail);
            add(DiagnosticCheck::Status::Fail, QStringLiteral("keychain"),
                QStringLiteral("%1: %2").arg(m_report.keychainBackend, m_report.keychainProblem));
            failed(error, QStringLiteral("The keychain cannot be used: %1").arg(m_report.keychainProblem));
        }
        next();
    });
}

void Diagnostics::checkAccounts()
{
    if (!m_setup.server.isValid() || !m_setup.settings) {
        add(DiagnosticCheck::Status::Skip, QStringLiteral("accounts"),
            QStringLiteral("no valid server address"));
        next();
        return;
    }
    checkAccountEntries(m_setup.settings->accounts(m_setup.server));
}

void Diagnostics::checkAccountEntries(QList<qint64> remaining)
{
    if (remaining.isEmpty()) {
        QStringList described;
        for (const DiagnosticsReport::Account& account : m_report.accounts) {
            described << QStringLiteral("%1 (%2)")
                             .arg(account.accountId)
                             .arg(account.facts().join(QStringLiteral(", ")));
        }
        const QString file = m_setup.settings->raw().fileName();
        add(DiagnosticCheck::Status::Ok, QStringLiteral("accounts"),
            described.isEmpty() ? QStringLiteral("none signed in for this server")
                                : described.join(QStringLiteral(", ")),
            { QStringLiteral("settings: %1").arg(file) },
            { { QStringLiteral("accounts"), QJsonArray::fromStringList(described) },
              { QStringLiteral("settingsFile"), file } });
        next();
        return;
    }
    DiagnosticsReport::Account account;
    account.accountId = remaining.takeFirst();
    account.current = m_setup.settings->currentAccount(m_setup.server) == account.accountId;
    if (m_setup.session && m_setup.session->isSignedIn()
        && m_setup.session->accountId() == account.accountId) {
        const AccountProfile& profile = m_setup.session->profile();
        if (!profile.email.isEmpty())
            account.maskedEmail = EmailAddress::mask(profile.email);
        if (!profile.phone.isEmpty())
            account.maskedPhone = PhoneNumbers::mask(profile.phone);
    }
    if (!m_report.keychainWorks || !m_setup.tokens) {
        account.keychain = QStringLiteral("keychain not checked");
        m_report.accounts.append(account);
        checkAccountEntries(remaining);
        return;
    }
    // Only whether an entry exists: the token itself is never shown.
    m_setup.tokens->read(m_setup.server, account.accountId, this,
                         [this, remaining, account](const QString&, const ApiError& error) mutable {
                             account.keychain = !error ? QStringLiteral("keychain entry present")
                                 : error.code == ErrorCode::NotSignedIn ? QStringLiteral("no keychain entry")
                                                                        : error.wireName();
                             m_report.accounts.append(account);
                             checkAccountEntries(remaining);
                         });
}
