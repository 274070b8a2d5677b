// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "AccountMessages.h"
#include "DeviceInfo.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <optional>

struct Account
{
    qint64 id = 0;
    QString email; // lowercased, empty when none
    QString phone; // E.164, empty when none
    QString region; // ISO 3166 alpha-2
    QString passwordHash;
    QDateTime createdAt;
    bool marketingOptIn = false; // news and offers, chosen at registration
    bool twoStep = false; // two-step verification on (a row in two_step), as read with the account
    QString language = QStringLiteral("en"); // of accountLanguages(): emails, SMS and pages are in it

    // What the owner is shown of it (GET /v1/account): never the hash or the marketing choice.
    AccountProfile profile() const;
};

// Accounts and their devices in the database, and the rules for what a login or an address looks
// like. Works on the connection it is given, so it can be used from any thread.
class AccountStore
{
public:
    enum class CreateResult { Created, EmailTaken, PhoneTaken, Failed };
    enum class UpdateResult { Updated, Taken, Failed };

    explicit AccountStore(QSqlDatabase db);

    std::optional<Account> find(qint64 id);
    // login as normalizeLogin() returns it
    std::optional<Account> findByLogin(const QString& loginKey);
    CreateResult create(Account* account); // sets id and createdAt
    bool setPasswordHash(qint64 accountId, const QString& passwordHash);
    // language: one of accountLanguages() (the caller checked it).
    bool setLanguage(qint64 accountId, const QString& language);
    // column is "email" or "phone"; Taken when another account has the value.
    UpdateResult setContact(qint64 accountId, const QString& column, const QString& value);

    // "email:anna@example.com", "phone:+79123456789", "id:1234567890"; "other:…" for anything
    // else, which matches no account but still counts failures.
    static QString normalizeLogin(const QString& login);
    static QString normalizeEmail(const QString& input); // empty when not plausible
    static QString normalizePhone(const QString& input, const QString& region); // E.164 or empty
    static QString normalizeRegion(const QString& input); // "RU" or empty

private:
    std::optional<Account> findWhere(const QString& column, const QVariant& value);
    qint64 newAccountId() const;

    QSqlDatabase m_db;
};
