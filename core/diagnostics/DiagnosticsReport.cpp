// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticsReport.h"

#include "logging/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}
} // namespace

QString DiagnosticsReport::Certificate::describe() const
{
    return QStringLiteral("subject CN=%1; issuer CN=%2; expires %3")
        .arg(subject.isEmpty() ? QStringLiteral("?") : subject,
             issuer.isEmpty() ? QStringLiteral("?") : issuer, expiry.toUTC().toString(Qt::ISODate));
}

QString DiagnosticsReport::toText() const
{
    QStringList out;
    out << QStringLiteral("Account Manager diagnostics report")
        << QStringLiteral("Created: %1").arg(createdAt.toUTC().toString(Qt::ISODate))
        << QStringLiteral("App: %1, Qt %2, %3").arg(appVersion, qtVersion, os)
        << QStringLiteral("Log files: %1").arg(logDirectory) << QStringLiteral("Server: %1").arg(serverUrl)
        << QStringLiteral("Proxy: %1").arg(proxy) << QString();
    for (const DiagnosticCheck& check : checks)
        out << check.toText();
    out << QString() << QStringLiteral("Signed-in accounts:");
    if (accounts.isEmpty())
        out << QStringLiteral("    none");
    for (const Account& account : accounts) {
        const QStringList parts = QStringList { QString::number(account.accountId) } + account.facts();
        out << QStringLiteral("    ") + parts.join(QStringLiteral(", "));
    }
    out << QStringLiteral("Recent errors (newest first):");
    if (recentErrors.isEmpty())
        out << QStringLiteral("    none");
    for (const ErrorRecord& record : recentErrors)
        out << QStringLiteral("    ") + record.toText();
    out << QString()
        << (ok() ? QStringLiteral("Result: all checks passed") : QStringLiteral("Cause: ") + cause);
    return Redactor::redact(out.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QJsonObject DiagnosticsReport::toJson() const
{
    QJsonArray checkArray;
    for (const DiagnosticCheck& check : checks)
        checkArray.append(check.toJson());
    QJsonArray certificateArray;
    for (const Certificate& certificate : certificates)
        certificateArray.append(
            QJsonObject { { QStringLiteral("subject"), certificate.subject },
                          { QStringLiteral("issuer"), certificate.issuer },
                          { QStringLiteral("expiry"), certificate.expiry.toUTC().toString(Qt::ISODate) } });
    QJsonArray accountArray;
    for (const Account& account : accounts)
        accountArray.append(QJsonObject { { QStringLiteral("accountId"), account.accountId },
                                          { QStringLiteral("current"), account.current },
                                          { QStringLiteral("email"), orNull(account.maskedEmail) },
                                          { QStringLiteral("phone"), orNull(account.maskedPhone) },
                                          { QStringLiteral("keychain"), account.keychain } });
    QJsonArray errorArray;
    for (const ErrorRecord& record : recentErrors)
        errorArray.append(record.toJson());
    QJsonObject json {
        { QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("app"),
          QJsonObject { { QStringLiteral("version"), appVersion },
                        { QStringLiteral("qtVersion"), qtVersion },
                        { QStringLiteral("os"), os },
                        { QStringLiteral("logDirectory"), logDirectory } } },
        { QStringLiteral("server"),
          QJsonObject { { QStringLiteral("url"), serverUrl },
                        { QStringLiteral("proxy"), proxy },
                        { QStringLiteral("reachable"), reachable },
                        { QStringLiteral("roundTripMs"), roundTripMs },
                        { QStringLiteral("version"), orNull(serverVersion) } } },
        { QStringLiteral("tls"),
          QJsonObject { { QStringLiteral("trusted"), tlsTrusted },
                        { QStringLiteral("protocol"), orNull(tlsProtocol) },
                        { QStringLiteral("cipher"), orNull(tlsCipher) },
                        { QStringLiteral("certificates"), certificateArray },
                        { QStringLiteral("errors"), QJsonArray::fromStringList(tlsErrors) } } },
        { QStringLiteral("clock"),
          QJsonObject { { QStringLiteral("known"), clockKnown },
                        { QStringLiteral("differenceMs"), clockDifferenceMs } } },
        { QStringLiteral("keychain"),
          QJsonObject { { QStringLiteral("works"), keychainWorks },
                        { QStringLiteral("backend"), keychainBackend },
                        { QStringLiteral("problem"), orNull(keychainProblem) } } },
        { QStringLiteral("accounts"), accountArray },
        { QStringLiteral("recentErrors"), errorArray },
        { QStringLiteral("checks"), checkArray },
        { QStringLiteral("ok"), ok() },
    };
    if (!ok()) {
        json.insert(QStringLiteral("cause"), cause);
        json.insert(QStringLiteral("error"), error.toJson().value(QStringLiteral("error")));
    }
    // Once more through the Redactor, as text: whatever a detail string carried is masked too.
    const QString text = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return QJsonDocument::fromJson(Redactor::redact(text).toUtf8()).object();
}

QStringList DiagnosticsReport::Account::facts() const
{
    QStringList facts;
    if (current)
        facts << QStringLiteral("current");
    if (!maskedEmail.isEmpty())
        facts << maskedEmail;
    if (!maskedPhone.isEmpty())
        facts << maskedPhone;
    facts << keychain;
    return facts;
}
