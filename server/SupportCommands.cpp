#include "SupportCommands.h"

#include "AccountStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "LoginThrottle.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
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

struct Target
{
    QString dbPath;
    QString dataDir;
    QString login;
};

// The shared options; false (with the message printed) when they do not add up.
bool parse(const QString& command, const QStringList& arguments, bool withOutbox, QCommandLineParser& parser,
           Target* target, int* exitCode)
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                 QStringLiteral("Email, phone (+7…) or account ID."));
    parser.addOption(
        { QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("db"), QStringLiteral("Database (default DIR/accounts.sqlite)."),
                       QStringLiteral("PATH") });
    if (withOutbox)
        parser.addOption({ QStringLiteral("outbox"),
                           QStringLiteral("Outbox file to list deliveries from (default DIR/outbox.jsonl)."),
                           QStringLiteral("PATH") });
    parser.process(QStringList { QStringLiteral("account-server account ") + command } + arguments);
    if (!parser.isSet(QStringLiteral("data-dir")) && !parser.isSet(QStringLiteral("db"))) {
        *exitCode = fail(QStringLiteral("--data-dir (or --db) is required"));
        return false;
    }
    if (parser.positionalArguments().size() != 1) {
        *exitCode = fail(QStringLiteral("give exactly one LOGIN: an email, a phone (+7…) or an account ID"));
        return false;
    }
    target->login = parser.positionalArguments().first();
    target->dataDir = parser.value(QStringLiteral("data-dir"));
    target->dbPath = parser.isSet(QStringLiteral("db"))
        ? parser.value(QStringLiteral("db"))
        : QDir(target->dataDir).filePath(QStringLiteral("accounts.sqlite"));
    if (!QFile::exists(target->dbPath) && !target->dbPath.contains(QLatin1String("://"))) {
        *exitCode = fail(QStringLiteral("no database at %1").arg(target->dbPath));
        return false;
    }
    QString error;
    if (!Database::open(target->dbPath, &error)) {
        *exitCode = fail(error);
        return false;
    }
    return true;
}

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

QString throttleKey(const Account& account)
{
    // As SignInHandler counts: per account, whichever login was typed.
    return QStringLiteral("account:%1").arg(account.id);
}

void printChallenges(QTextStream& out, const Account& account)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT purpose, channel, destination, created_at, last_sent_at, code_attempts, "
                       "code_expires_at, verified_at, finished_at, expires_at FROM challenges "
                       "WHERE account_id = ? ORDER BY created_at DESC LIMIT %1")
            .arg(kRecentRows));
    query.addBindValue(account.id);
    out << "Codes asked for (newest first):\n";
    int rows = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (query.exec() && query.next()) {
        ++rows;
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
        out << "  " << timeText(query.value(3).toLongLong()) << "  " << query.value(0).toString() << " via "
            << (query.value(1).isNull() ? QStringLiteral("-") : query.value(1).toString()) << " to "
            << maskDestination(query.value(2).toString()) << "; last sent " << timeText(lastSent)
            << "; wrong tries " << query.value(5).toInt() << "; " << state << "\n";
        if (rows >= kRecentRows)
            break;
    }
    if (rows == 0)
        out << "  none\n";
}

void printSends(QTextStream& out, const Account& account)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT destination, sent_at FROM code_sends WHERE destination = ? OR "
                                 "destination = ? ORDER BY sent_at DESC LIMIT %1")
                      .arg(kRecentRows));
    query.addBindValue(account.email.isEmpty() ? QStringLiteral("-") : account.email);
    query.addBindValue(account.phone.isEmpty() ? QStringLiteral("-") : account.phone);
    out << "Codes handed to delivery (newest first, the last hour's count limits resends):\n";
    int rows = 0;
    if (query.exec()) {
        while (query.next()) {
            ++rows;
            out << "  " << timeText(query.value(1).toLongLong()) << "  to "
                << maskDestination(query.value(0).toString()) << "  sent\n";
        }
    }
    if (rows == 0)
        out << "  none\n";
}

void printOutbox(QTextStream& out, const Account& account, const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return;
    QList<QJsonObject> matches;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        const QString destination = entry.value(QStringLiteral("destination")).toString();
        if (!destination.isEmpty() && (destination == account.email || destination == account.phone))
            matches.append(entry);
    }
    out << "Outbox deliveries (newest first; the codes in the file are never shown here):\n";
    if (matches.isEmpty())
        out << "  none\n";
    for (int i = matches.size() - 1, shown = 0; i >= 0 && shown < kRecentRows; --i, ++shown) {
        const QJsonObject& entry = matches.at(i);
        out << "  " << entry.value(QStringLiteral("time")).toString() << "  "
            << entry.value(QStringLiteral("purpose")).toString() << " via "
            << entry.value(QStringLiteral("channel")).toString() << " to "
            << maskDestination(entry.value(QStringLiteral("destination")).toString()) << "  written\n";
    }
}
} // namespace

int SupportCommands::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Show an account for support: never a code or a secret."));
    Target target;
    int exitCode = 0;
    if (!parse(QStringLiteral("show"), arguments, true, parser, &target, &exitCode))
        return exitCode;
    QString problem;
    const std::optional<Account> account = findAccount(target.login, &problem);
    if (!account)
        return fail(problem);

    QSqlDatabase db = Database::connection();
    LoginThrottle throttle(db);
    const QString key = throttleKey(*account);
    const QDateTime lockedUntil = throttle.lockedUntil(key);
    const int failures = throttle.failures(key);
    QTextStream out(stdout);
    out << "Account " << account->id << "\n";
    out << "  state: active, created " << account->createdAt.toUTC().toString(Qt::ISODate) << "\n";
    out << "  email: "
        << (account->email.isEmpty() ? QStringLiteral("none") : EmailAddress::mask(account->email)) << "\n";
    out << "  phone: "
        << (account->phone.isEmpty() ? QStringLiteral("none") : PhoneNumbers::mask(account->phone)) << "\n";
    out << "  region: " << account->region << "\n";
    if (lockedUntil.isValid())
        out << "  sign-in: LOCKED until " << lockedUntil.toUTC().toString(Qt::ISODate) << " (" << failures
            << " failed attempts; account-server account unlock lifts it)\n";
    else
        out << "  sign-in: not locked (" << failures << " failed attempts in the last "
            << LoginThrottle::kWindowMs / 60000 << " minutes; a captcha after "
            << LoginThrottle::kCaptchaAfter << ", a lock after " << LoginThrottle::kLockAfter << ")\n";

    QSqlQuery sessions(db);
    sessions.prepare(
        QStringLiteral("SELECT COUNT(*) FROM sessions WHERE account_id = ? AND revoked_at IS NULL"));
    sessions.addBindValue(account->id);
    if (sessions.exec() && sessions.next())
        out << "  sessions not signed out: " << sessions.value(0).toInt() << "\n";

    const QList<BoundDevice> devices = DeviceStore(db).list(account->id);
    out << "Devices (" << devices.size() << "):\n";
    if (devices.isEmpty())
        out << "  none\n";
    for (const BoundDevice& device : devices)
        out << "  " << device.id << "  " << device.kind << "  \"" << device.name << "\"  "
            << (device.platform.isEmpty() ? QStringLiteral("-") : device.platform) << "  first seen "
            << device.firstSeen.toUTC().toString(Qt::ISODate) << ", last seen "
            << device.lastSeen.toUTC().toString(Qt::ISODate) << "\n";
    printChallenges(out, *account);
    printSends(out, *account);
    const QString outbox = parser.isSet(QStringLiteral("outbox"))
        ? parser.value(QStringLiteral("outbox"))
        : (target.dataDir.isEmpty() ? QString()
                                    : QDir(target.dataDir).filePath(QStringLiteral("outbox.jsonl")));
    printOutbox(out, *account, outbox);
    return 0;
}

int SupportCommands::unlock(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lift an account's sign-in lock and clear its failed attempts."));
    Target target;
    int exitCode = 0;
    if (!parse(QStringLiteral("unlock"), arguments, false, parser, &target, &exitCode))
        return exitCode;
    QString problem;
    const std::optional<Account> account = findAccount(target.login, &problem);
    if (!account)
        return fail(problem);
    LoginThrottle throttle(Database::connection());
    const QString key = throttleKey(*account);
    const QDateTime lockedUntil = throttle.lockedUntil(key);
    const int failures = throttle.failures(key);
    throttle.reset(key);
    QTextStream out(stdout);
    if (lockedUntil.isValid())
        out << "Account " << account->id << " unlocked (it was locked until "
            << lockedUntil.toUTC().toString(Qt::ISODate) << ")." << Qt::endl;
    else
        out << "Account " << account->id << " was not locked; " << failures << " failed attempts cleared."
            << Qt::endl;
    return 0;
}
