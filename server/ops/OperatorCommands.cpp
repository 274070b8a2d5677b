// SPDX-License-Identifier: Apache-2.0
#include "OperatorCommands.h"

#include "AccountStore.h"
#include "Database.h"
#include "DeviceStore.h"
#include "OperatorCommandLine.h"
#include "PasswordHasher.h"
#include "SupportCommands.h"
#include "validation/PasswordPolicy.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QUuid>
#include <cstdio>

namespace {
int fail(const QString& message)
{
    QTextStream(stderr) << "account-server: " << message << Qt::endl;
    return 1;
}
} // namespace

bool OperatorCommands::isOperatorCommand(const QStringList& arguments)
{
    return !arguments.isEmpty()
        && (arguments.first() == QLatin1String("account") || arguments.first() == QLatin1String("device"));
}

int OperatorCommands::run(const QStringList& arguments)
{
    if (arguments.first() == QLatin1String("device") && arguments.value(1) == QLatin1String("add"))
        return addDevice(arguments.mid(2));
    if (arguments.first() == QLatin1String("account") && arguments.value(1) == QLatin1String("add"))
        return addAccount(arguments.mid(2));
    if (arguments.first() == QLatin1String("account") && arguments.value(1) == QLatin1String("show"))
        return SupportCommands::show(arguments.mid(2));
    if (arguments.first() == QLatin1String("account") && arguments.value(1) == QLatin1String("unlock"))
        return SupportCommands::unlock(arguments.mid(2));
    if (arguments.first() == QLatin1String("account") && arguments.value(1) == QLatin1String("two-step-off"))
        return SupportCommands::twoStepOff(arguments.mid(2));
    return fail(QStringLiteral("unknown command; try: account-server account add --help, "
                               "account-server account show --help, account-server account unlock --help, "
                               "account-server account two-step-off --help, "
                               "account-server device add --help"));
}

int OperatorCommands::addAccount(const QStringList& arguments)
{
    OperatorCommandLine parser(QStringLiteral("Add an account. Prints its ID."));
    const QCommandLineOption email(QStringLiteral("email"), QStringLiteral("Email address."),
                                   QStringLiteral("EMAIL"));
    const QCommandLineOption phone(QStringLiteral("phone"), QStringLiteral("Phone number."),
                                   QStringLiteral("PHONE"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    QStringLiteral("ISO 3166 alpha-2 region, e.g. RU."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from the first line of stdin."));
    for (const auto& option : { email, phone, region, passwordStdin })
        parser.addOption(option);
    parser.process(QStringList { QStringLiteral("account-server account add") } + arguments);

    if (!parser.hasDatabase())
        return fail(QStringLiteral("--data-dir (or --db) is required"));
    if (!parser.isSet(passwordStdin))
        return fail(QStringLiteral("--password-stdin is required: passwords never go on the command line"));
    if (!parser.isSet(email) && !parser.isSet(phone))
        return fail(QStringLiteral("give --email, --phone or both"));

    Account account;
    account.region = AccountStore::normalizeRegion(parser.value(region));
    if (account.region.isEmpty())
        return fail(QStringLiteral("--region must be an ISO 3166 alpha-2 code such as RU"));
    if (parser.isSet(email)) {
        account.email = AccountStore::normalizeEmail(parser.value(email));
        if (account.email.isEmpty())
            return fail(QStringLiteral("not a valid email address: %1").arg(parser.value(email)));
    }
    if (parser.isSet(phone)) {
        account.phone = AccountStore::normalizePhone(parser.value(phone), account.region);
        if (account.phone.isEmpty())
            return fail(
                QStringLiteral("not a valid phone number for region %1: %2 (use E.164, e.g. +79123456789)")
                    .arg(account.region, parser.value(phone)));
    }

    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        return fail(QStringLiteral("no password on stdin"));
    // The rule registration applies, so operators cannot make accounts the app would refuse.
    QList<PasswordPolicy::Problem> problems = PasswordPolicy::check(password, account.email);
    for (PasswordPolicy::Problem problem : PasswordPolicy::check(password, account.phone)) {
        if (!problems.contains(problem))
            problems.append(problem);
    }
    if (!problems.isEmpty()) {
        QString rules;
        for (PasswordPolicy::Problem problem : problems)
            rules += QStringLiteral("\n  - %1 (%2)")
                         .arg(PasswordPolicy::ruleText(problem), PasswordPolicy::reasonName(problem));
        return fail(QStringLiteral("the password breaks the password policy:") + rules);
    }

    const QString dbPath = parser.dbPath();
    if (!parser.dataDir().isEmpty())
        QDir().mkpath(parser.dataDir());
    QString error;
    if (!Database::open(dbPath, &error))
        return fail(error);
    account.passwordHash = PasswordHasher::hash(password);
    if (account.passwordHash.isEmpty())
        return fail(QStringLiteral("hashing the password failed (out of memory?)"));

    switch (AccountStore(Database::connection()).create(&account)) {
    case AccountStore::CreateResult::Created:
        QTextStream(stdout) << account.id << Qt::endl;
        return 0;
    case AccountStore::CreateResult::EmailTaken:
        return fail(QStringLiteral("an account with email %1 already exists").arg(account.email));
    case AccountStore::CreateResult::PhoneTaken:
        return fail(QStringLiteral("an account with phone %1 already exists").arg(account.phone));
    case AccountStore::CreateResult::Failed:
        break;
    }
    return fail(QStringLiteral("could not store the account in %1").arg(dbPath));
}

int OperatorCommands::addDevice(const QStringList& arguments)
{
    OperatorCommandLine parser(QStringLiteral("Bind a device to an account. Prints its ID."));
    const QCommandLineOption account(QStringLiteral("account"), QStringLiteral("Account ID."),
                                     QStringLiteral("ID"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  QStringLiteral("computer, phone, tablet, band, watch, scale or other."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name, e.g. \"Mi Band 8\"."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption platform(QStringLiteral("platform"), QStringLiteral("Platform (optional)."),
                                      QStringLiteral("PLATFORM"));
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Device ID (default: a new UUID)."),
                                QStringLiteral("DEVICE-ID"));
    for (const auto& option : { account, kind, name, platform, id })
        parser.addOption(option);
    parser.process(QStringList { QStringLiteral("account-server device add") } + arguments);

    if (!parser.hasDatabase())
        return fail(QStringLiteral("--data-dir (or --db) is required"));
    bool idOk = false;
    const qint64 accountId = parser.value(account).toLongLong(&idOk);
    if (!idOk || accountId <= 0)
        return fail(QStringLiteral("--account wants the numeric account ID"));
    DeviceInfo device;
    device.kind = parser.value(kind);
    if (!DeviceInfo::kinds().contains(device.kind))
        return fail(
            QStringLiteral("--kind must be one of: %1").arg(DeviceInfo::kinds().join(QStringLiteral(", "))));
    device.name = parser.value(name).trimmed();
    if (device.name.isEmpty() || device.name.size() > 100)
        return fail(QStringLiteral("--name is required (at most 100 characters)"));
    device.platform = parser.value(platform).trimmed().left(100);
    device.id
        = parser.isSet(id) ? parser.value(id).trimmed() : QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (device.id.isEmpty() || device.id.size() > 64)
        return fail(QStringLiteral("--id must have 1 to 64 characters"));

    const QString dbPath = parser.dbPath();
    QString error;
    if (!Database::open(dbPath, &error))
        return fail(error);
    if (!AccountStore(Database::connection()).find(accountId))
        return fail(QStringLiteral("no account %1 in %2").arg(accountId).arg(dbPath));
    if (!DeviceStore(Database::connection()).add(accountId, device))
        return fail(QStringLiteral("account %1 already has a device %2").arg(accountId).arg(device.id));
    QTextStream(stdout) << device.id << Qt::endl;
    return 0;
}
