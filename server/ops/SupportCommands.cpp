// SPDX-License-Identifier: Apache-2.0
#include "SupportCommands.h"

#include "AccountStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "LoginThrottle.h"
#include "OperatorCommandLine.h"
#include "TwoStepStore.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <functional>
#include <optional>

namespace {
const int kRecentRows = 10;

int fail(const QString& message)
{
    QTextStream(stderr) << "account-server: " << message << Qt::endl;
    return 1;
}

QString maskDestination(const QString& destination)
{
    if (destination.isEmpty())
        return QStringLiteral("-");
    return destination.contains(QLatin1Char('@')) ? EmailAddress::mask(destination)
                                                  : PhoneNumbers::mask(destination);
}

QString timeText(qint64 msecs)
{
    return msecs > 0 ? QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate)
                     : QStringLiteral("-");
}

// What a command works on: the account the LOGIN argument names, in the database the options name.
struct Target
{
    QString dataDir;
    std::optional<Account> account; // none when the arguments did not add up (the message is printed)
};

// The account the login names, or a message saying why there is none (an erased ID says so).
std::optional<Account> findAccount(const QString& login, QString* problem)
{
    QSqlDatabase db = Database::connection();
    const QString key = AccountStore::normalizeLogin(login);
    if (key.startsWith(QLatin1String("other:"))) {
        *problem = QStringLiteral("\"%1\" is no email, E.164 phone (+7…) or account ID").arg(login);
        return std::nullopt;
    }
    std::optional<Account> account = AccountStore(db).findByLogin(key);
    if (account)
        return account;
    *problem = QStringLiteral("no account with that login");
    if (key.startsWith(QLatin1String("id:"))) {
        QSqlQuery erased(db);
        erased.prepare(QStringLiteral("SELECT deleted_at FROM account_deletions WHERE account_id = ?"));
        erased.addBindValue(key.mid(3).toLongLong());
        if (erased.exec() && erased.next())
            *problem
                = QStringLiteral("account %1 was deleted at %2").arg(key.mid(3), erased.value(0).toString());
    }
    return std::nullopt;
}

// Processes the arguments and finds the account; without one, the message is printed.
Target open(const QString& command, const QStringList& arguments, bool withOutbox,
            OperatorCommandLine& parser)
{
    Target target;
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                 QStringLiteral("Email, phone (+7…) or account ID."));
    if (withOutbox) {
        parser.addOption(
            { QStringLiteral("json"), QStringLiteral("One JSON object on stdout, for scripts.") });
        parser.addOption({ QStringLiteral("outbox"),
                           QStringLiteral("Outbox file to list deliveries from (default DIR/outbox.jsonl)."),
                           QStringLiteral("PATH") });
    }
    parser.process(QStringList { QStringLiteral("account-server account ") + command } + arguments);
    if (!parser.hasDatabase()) {
        fail(QStringLiteral("--data-dir (or --db) is required"));
        return target;
    }
    if (parser.positionalArguments().size() != 1) {
        fail(QStringLiteral("give exactly one LOGIN: an email, a phone (+7…) or an account ID"));
        return target;
    }
    target.dataDir = parser.dataDir();
    const QString dbPath = parser.dbPath();
    if (!QFile::exists(dbPath) && !dbPath.contains(QLatin1String("://"))) {
        fail(QStringLiteral("no database at %1").arg(dbPath));
        return target;
    }
    QString problem;
    if (!Database::open(dbPath, &problem)) {
        fail(problem);
        return target;
    }
    target.account = findAccount(parser.positionalArguments().first(), &problem);
    if (!target.account)
        fail(problem);
    return target;
}

QString throttleKey(const Account& account)
{
    // As SignInHandler counts: per account, whichever login was typed.
    return QStringLiteral("account:%1").arg(account.id);
}

// The last challenges of the account (password change, recovery, contact change, deletion,
// new-device verification): what was asked for, where the code went (masked), and how it stands.
QJsonArray challenges(const Account& account)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT purpose, channel, destination, created_at, last_sent_at, code_attempts, "
                       "code_expires_at, verified_at, finished_at, expires_at FROM challenges "
                       "WHERE account_id = ? ORDER BY created_at DESC LIMIT %1")
            .arg(kRecentRows));
    query.addBindValue(account.id);
    QJsonArray rows;
    if (!query.exec())
        return rows;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (query.next()) {
        const qint64 lastSent = query.value(4).toLongLong();
        QString state;
        if (!query.value(8).isNull())
            state = QStringLiteral("finished");
        else if (!query.value(7).isNull())
            state = QStringLiteral("code confirmed");
        else if (lastSent == 0)
            state = QStringLiteral("no code sent (delivery failed or channel not chosen)");
        else if (query.value(9).toLongLong() < now || query.value(6).toLongLong() < now)
            state = QStringLiteral("expired");
        else
            state = QStringLiteral("waiting for the code");
        rows.append(
            QJsonObject { { QStringLiteral("time"), timeText(query.value(3).toLongLong()) },
                          { QStringLiteral("purpose"), query.value(0).toString() },
                          { QStringLiteral("channel"),
                            query.value(1).isNull() ? QStringLiteral("-") : query.value(1).toString() },
                          { QStringLiteral("to"), maskDestination(query.value(2).toString()) },
                          { QStringLiteral("lastSent"), timeText(lastSent) },
                          { QStringLiteral("wrongTries"), query.value(5).toInt() },
                          { QStringLiteral("state"), state } });
    }
    return rows;
}

// Every code handed to the delivery back end for the account's email or phone (code_sends, which
// also drives the hourly resend limit).
QJsonArray sends(const Account& account)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT destination, sent_at FROM code_sends WHERE destination = ? OR "
                                 "destination = ? ORDER BY sent_at DESC LIMIT %1")
                      .arg(kRecentRows));
    query.addBindValue(account.email.isEmpty() ? QStringLiteral("-") : account.email);
    query.addBindValue(account.phone.isEmpty() ? QStringLiteral("-") : account.phone);
    QJsonArray rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(QJsonObject { { QStringLiteral("time"), timeText(query.value(1).toLongLong()) },
                                  { QStringLiteral("to"), maskDestination(query.value(0).toString()) },
                                  { QStringLiteral("status"), QStringLiteral("sent") } });
    return rows;
}

// The outbox lines for the account's addresses, newest first, without their codes and links.
QJsonArray outboxDeliveries(const Account& account, const QString& path)
{
    QJsonArray rows;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return rows;
    QList<QJsonObject> matches;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        const QString destination = entry.value(QStringLiteral("destination")).toString();
        if (!destination.isEmpty() && (destination == account.email || destination == account.phone))
            matches.append(entry);
    }
    for (int i = matches.size() - 1; i >= 0 && rows.size() < kRecentRows; --i) {
        const QJsonObject& entry = matches.at(i);
        rows.append(QJsonObject {
            { QStringLiteral("time"), entry.value(QStringLiteral("time")).toString() },
            { QStringLiteral("purpose"), entry.value(QStringLiteral("purpose")).toString() },
            { QStringLiteral("channel"), entry.value(QStringLiteral("channel")).toString() },
            { QStringLiteral("to"), maskDestination(entry.value(QStringLiteral("destination")).toString()) },
            { QStringLiteral("status"), QStringLiteral("written") } });
    }
    return rows;
}

void printRows(QTextStream& out, const char* title, const QJsonArray& rows,
               const std::function<QString(const QJsonObject&)>& line)
{
    out << title << "\n";
    if (rows.isEmpty())
        out << "  none\n";
    for (const QJsonValue& row : rows)
        out << "  " << line(row.toObject()) << "\n";
}
} // namespace

int SupportCommands::show(const QStringList& arguments)
{
    OperatorCommandLine parser(QStringLiteral("Show an account for support: never a code or a secret."));
    const Target target = open(QStringLiteral("show"), arguments, true, parser);
    if (!target.account)
        return 1;
    const Account& account = *target.account;

    QSqlDatabase db = Database::connection();
    LoginThrottle throttle(db);
    const QString key = throttleKey(account);
    const QDateTime lockedUntil = throttle.lockedUntil(key);
    const int failures = throttle.failures(key);
    int openSessions = 0;
    QSqlQuery sessions(db);
    sessions.prepare(
        QStringLiteral("SELECT COUNT(*) FROM sessions WHERE account_id = ? AND revoked_at IS NULL"));
    sessions.addBindValue(account.id);
    if (sessions.exec() && sessions.next())
        openSessions = sessions.value(0).toInt();
    QJsonArray devices;
    for (const BoundDevice& device : DeviceStore(db).list(account.id))
        devices.append(device.toJson());
    const QString outboxPath = parser.isSet(QStringLiteral("outbox"))
        ? parser.value(QStringLiteral("outbox"))
        : (target.dataDir.isEmpty() ? QString()
                                    : QDir(target.dataDir).filePath(QStringLiteral("outbox.jsonl")));
    const QString email = account.email.isEmpty() ? QString() : EmailAddress::mask(account.email);
    const QString phone = account.phone.isEmpty() ? QString() : PhoneNumbers::mask(account.phone);
    const QJsonObject shown {
        { QStringLiteral("accountId"), account.id },
        { QStringLiteral("state"), QStringLiteral("active") },
        { QStringLiteral("createdAt"), account.createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email) },
        { QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone) },
        { QStringLiteral("region"), account.region },
        { QStringLiteral("locked"), lockedUntil.isValid() },
        { QStringLiteral("lockedUntil"),
          lockedUntil.isValid() ? QJsonValue(lockedUntil.toUTC().toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("failedAttempts"), failures },
        { QStringLiteral("openSessions"), openSessions },
        { QStringLiteral("twoStep"), account.twoStep },
        { QStringLiteral("backupCodesLeft"),
          account.twoStep ? TwoStepStore(db).backupCodesLeft(account.id) : 0 },
        { QStringLiteral("devices"), devices },
        { QStringLiteral("challenges"), challenges(account) },
        { QStringLiteral("codesSent"), sends(account) },
        { QStringLiteral("outbox"), outboxDeliveries(account, outboxPath) },
    };
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(shown).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    out << "Account " << account.id << "\n";
    out << "  state: active, created " << shown.value(QStringLiteral("createdAt")).toString() << "\n";
    out << "  email: " << (email.isEmpty() ? QStringLiteral("none") : email) << "\n";
    out << "  phone: " << (phone.isEmpty() ? QStringLiteral("none") : phone) << "\n";
    out << "  region: " << account.region << "\n";
    if (lockedUntil.isValid())
        out << "  sign-in: LOCKED until " << lockedUntil.toUTC().toString(Qt::ISODate) << " (" << failures
            << " failed attempts; account-server account unlock lifts it)\n";
    else
        out << "  sign-in: not locked (" << failures << " failed attempts in the last "
            << LoginThrottle::kWindowMs / 60000 << " minutes; a captcha after "
            << LoginThrottle::kCaptchaAfter << ", a lock after " << LoginThrottle::kLockAfter << ")\n";
    out << "  sessions not signed out: " << openSessions << "\n";
    if (account.twoStep)
        out << "  two-step verification: on, " << shown.value(QStringLiteral("backupCodesLeft")).toInt()
            << " backup codes unused (account-server account two-step-off switches it off)\n";
    else
        out << "  two-step verification: off\n";
    out << "Devices (" << devices.size() << "):\n";
    if (devices.isEmpty())
        out << "  none\n";
    for (const QJsonValue& value : std::as_const(devices)) {
        const QJsonObject device = value.toObject();
        const QString platform = device.value(QStringLiteral("platform")).toString();
        out << "  " << device.value(QStringLiteral("id")).toString() << "  "
            << device.value(QStringLiteral("kind")).toString() << "  \""
            << device.value(QStringLiteral("name")).toString() << "\"  "
            << (platform.isEmpty() ? QStringLiteral("-") : platform) << "  first seen "
            << device.value(QStringLiteral("firstSeen")).toString() << ", last seen "
            << device.value(QStringLiteral("lastSeen")).toString() << "\n";
    }
    printRows(out, "Codes asked for (newest first):", shown.value(QStringLiteral("challenges")).toArray(),
              [](const QJsonObject& row) {
                  return QStringLiteral("%1  %2 via %3 to %4; last sent %5; wrong tries %6; %7")
                      .arg(row.value(QStringLiteral("time")).toString(),
                           row.value(QStringLiteral("purpose")).toString(),
                           row.value(QStringLiteral("channel")).toString(),
                           row.value(QStringLiteral("to")).toString(),
                           row.value(QStringLiteral("lastSent")).toString())
                      .arg(row.value(QStringLiteral("wrongTries")).toInt())
                      .arg(row.value(QStringLiteral("state")).toString());
              });
    printRows(out, "Codes handed to delivery (newest first, the last hour's count limits resends):",
              shown.value(QStringLiteral("codesSent")).toArray(), [](const QJsonObject& row) {
                  return QStringLiteral("%1  to %2  sent")
                      .arg(row.value(QStringLiteral("time")).toString(),
                           row.value(QStringLiteral("to")).toString());
              });
    if (!outboxPath.isEmpty() && QFile::exists(outboxPath))
        printRows(out, "Outbox deliveries (newest first; the codes in the file are never shown here):",
                  shown.value(QStringLiteral("outbox")).toArray(), [](const QJsonObject& row) {
                      return QStringLiteral("%1  %2 via %3 to %4  written")
                          .arg(row.value(QStringLiteral("time")).toString(),
                               row.value(QStringLiteral("purpose")).toString(),
                               row.value(QStringLiteral("channel")).toString(),
                               row.value(QStringLiteral("to")).toString());
                  });
    return 0;
}

int SupportCommands::unlock(const QStringList& arguments)
{
    OperatorCommandLine parser(
        QStringLiteral("Lift an account's sign-in lock and clear its failed attempts."));
    const Target target = open(QStringLiteral("unlock"), arguments, false, parser);
    if (!target.account)
        return 1;
    const Account& account = *target.account;
    LoginThrottle throttle(Database::connection());
    const QString key = throttleKey(account);
    const QDateTime lockedUntil = throttle.lockedUntil(key);
    const int failures = throttle.failures(key);
    throttle.reset(key);
    // Support has confirmed who the customer is: the failures in a row end too.
    throttle.reset(LoginThrottle::streakKey(account.id));
    QTextStream out(stdout);
    if (lockedUntil.isValid())
        out << "Account " << account.id << " unlocked (it was locked until "
            << lockedUntil.toUTC().toString(Qt::ISODate) << ")." << Qt::endl;
    else
        out << "Account " << account.id << " was not locked; " << failures << " failed attempts cleared."
            << Qt::endl;
    return 0;
}

int SupportCommands::twoStepOff(const QStringList& arguments)
{
    OperatorCommandLine parser(
        QStringLiteral("Switch two-step verification off for a customer who lost both the authenticator "
                       "app and the backup codes, once support has checked who they are."));
    const QCommandLineOption checked(QStringLiteral("identity-checked"),
                                     QStringLiteral("Required: the customer's identity was checked."));
    parser.addOption(checked);
    const Target target = open(QStringLiteral("two-step-off"), arguments, false, parser);
    if (!target.account)
        return 1;
    const Account& account = *target.account;
    // The one way around the second factor, so it is never done by accident: the operator says the
    // check was made.
    if (!parser.isSet(checked))
        return fail(QStringLiteral("this removes the account's second factor: check the customer's identity "
                                   "first, then run it again with --identity-checked"));
    if (!account.twoStep)
        return fail(QStringLiteral("account %1 does not have two-step verification on").arg(account.id));
    if (!TwoStepStore(Database::connection()).disable(account.id))
        return fail(
            QStringLiteral("could not switch two-step verification off for account %1").arg(account.id));
    QTextStream(stdout) << "Account " << account.id
                        << ": two-step verification is off; the secret and the backup codes are deleted. "
                           "The password alone signs in now: ask the customer to switch it on again."
                        << Qt::endl;
    return 0;
}
