// SPDX-License-Identifier: Apache-2.0
#include "AccountStore.h"

#include "CachedQuery.h"
#include "validation/AccountId.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <sodium.h>
#ifdef ACCOUNT_SERVER_HAVE_PHONENUMBERS
#include "validation/PhoneNumbers.h"
#endif
#ifdef ACCOUNT_SERVER_HAVE_EMAILADDRESS
#include "validation/EmailAddress.h"
#endif

namespace {
QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
} // namespace

AccountProfile Account::profile() const
{
    AccountProfile profile;
    profile.accountId = id;
    profile.email = email;
    profile.phone = phone;
    profile.region = region;
    profile.createdAt = createdAt;
    profile.twoStep = twoStep;
    profile.language = language;
    return profile;
}

AccountStore::AccountStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AccountStore::normalizeEmail(const QString& input)
{
#ifdef ACCOUNT_SERVER_HAVE_EMAILADDRESS
    return EmailAddress::normalize(input);
#else
    static const QRegularExpression plausible(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]+$)"));
    const QString email = input.trimmed().toLower();
    if (email.size() > 254 || !plausible.match(email).hasMatch())
        return {};
    return email;
#endif
}

QString AccountStore::normalizePhone(const QString& input, const QString& region)
{
#ifdef ACCOUNT_SERVER_HAVE_PHONENUMBERS
    return PhoneNumbers::toE164(input, region);
#else
    Q_UNUSED(region)
    static const QRegularExpression e164(QStringLiteral(R"(^\+[1-9][0-9]{6,14}$)"));
    const QString phone = input.trimmed();
    return e164.match(phone).hasMatch() ? phone : QString();
#endif
}

QString AccountStore::normalizeRegion(const QString& input)
{
    static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
    const QString region = input.trimmed().toUpper();
    return alpha2.match(region).hasMatch() ? region : QString();
}

QString AccountStore::normalizeLogin(const QString& login)
{
    static const QRegularExpression e164(QStringLiteral(R"(^\+[1-9][0-9]{6,14}$)"));
    const QString trimmed = login.trimmed();
    if (trimmed.contains(QLatin1Char('@'))) {
        const QString email = normalizeEmail(trimmed);
        if (!email.isEmpty())
            return QStringLiteral("email:") + email;
    } else if (trimmed.startsWith(QLatin1Char('+'))) {
        // Clients send phones in E.164 already; no region is needed to read one.
        if (e164.match(trimmed).hasMatch())
            return QStringLiteral("phone:") + trimmed;
    } else if (AccountId::isValid(trimmed)) {
        return QStringLiteral("id:") + AccountId::normalize(trimmed);
    }
    return QStringLiteral("other:") + trimmed.toLower();
}

std::optional<Account> AccountStore::findWhere(const QString& column, const QVariant& value)
{
    CachedQuery query(
        m_db,
        QStringLiteral(
            "SELECT id, email, phone, region, password_hash, created_at, EXISTS (SELECT 1 FROM two_step "
            "WHERE two_step.account_id = accounts.id), language FROM accounts WHERE %1 = ?")
            .arg(column));
    query->bindValue(0, value);
    if (!query->exec() || !query->next())
        return std::nullopt;
    Account account;
    account.id = query->value(0).toLongLong();
    account.email = query->value(1).toString();
    account.phone = query->value(2).toString();
    account.region = query->value(3).toString();
    account.passwordHash = query->value(4).toString();
    account.createdAt = QDateTime::fromString(query->value(5).toString(), Qt::ISODate);
    account.twoStep = query->value(6).toBool();
    account.language = query->value(7).toString();
    return account;
}

std::optional<Account> AccountStore::find(qint64 id)
{
    return findWhere(QStringLiteral("id"), id);
}

std::optional<Account> AccountStore::findByLogin(const QString& loginKey)
{
    const QString value = loginKey.section(QLatin1Char(':'), 1);
    if (loginKey.startsWith(QLatin1String("email:")))
        return findWhere(QStringLiteral("email"), value);
    if (loginKey.startsWith(QLatin1String("phone:")))
        return findWhere(QStringLiteral("phone"), value);
    if (loginKey.startsWith(QLatin1String("id:")))
        return find(value.toLongLong());
    return std::nullopt;
}

qint64 AccountStore::newAccountId() const
{
    // Ten digits, uniform over 1000000000..9999999999; randombytes_uniform takes 32-bit bounds.
    const qint64 high = qint64(randombytes_uniform(9)) + 1;
    const qint64 low = randombytes_uniform(1000000000);
    return high * 1000000000 + low;
}

AccountStore::CreateResult AccountStore::create(Account* account)
{
    if (!account->email.isEmpty() && findWhere(QStringLiteral("email"), account->email))
        return CreateResult::EmailTaken;
    if (!account->phone.isEmpty() && findWhere(QStringLiteral("phone"), account->phone))
        return CreateResult::PhoneTaken;
    // Whole seconds, as stored, so the caller sees what the profile will show.
    account->createdAt = QDateTime::fromString(isoNow(), Qt::ISODate);
    // A clash of random IDs is unlikely; try a few before giving up.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const qint64 id = newAccountId();
        // A deleted account's ID stays retired: old messages and audits must not point at a stranger.
        QSqlQuery retired(m_db);
        retired.prepare(QStringLiteral("SELECT 1 FROM account_deletions WHERE account_id = ?"));
        retired.addBindValue(id);
        if (find(id) || (retired.exec() && retired.next()))
            continue;
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("INSERT INTO accounts (id, email, phone, region, password_hash, created_at, "
                           "marketing_opt_in, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(account->email.isEmpty() ? QVariant() : QVariant(account->email));
        query.addBindValue(account->phone.isEmpty() ? QVariant() : QVariant(account->phone));
        query.addBindValue(account->region);
        query.addBindValue(account->passwordHash);
        query.addBindValue(account->createdAt.toString(Qt::ISODate));
        query.addBindValue(account->marketingOptIn ? 1 : 0);
        query.addBindValue(account->language);
        if (query.exec()) {
            account->id = id;
            return CreateResult::Created;
        }
    }
    return CreateResult::Failed;
}

bool AccountStore::setPasswordHash(qint64 accountId, const QString& passwordHash)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE id = ?"));
    query.addBindValue(passwordHash);
    query.addBindValue(accountId);
    return query.exec() && query.numRowsAffected() == 1;
}

bool AccountStore::setLanguage(qint64 accountId, const QString& language)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE accounts SET language = ? WHERE id = ?"));
    query.addBindValue(language);
    query.addBindValue(accountId);
    return query.exec() && query.numRowsAffected() == 1;
}

AccountStore::UpdateResult AccountStore::setContact(qint64 accountId, const QString& column,
                                                    const QString& value)
{
    Q_ASSERT(column == QLatin1String("email") || column == QLatin1String("phone"));
    const std::optional<Account> owner = findWhere(column, value);
    if (owner && owner->id != accountId)
        return UpdateResult::Taken;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE accounts SET %1 = ? WHERE id = ?").arg(column));
    query.addBindValue(value);
    query.addBindValue(accountId);
    if (query.exec())
        return query.numRowsAffected() == 1 ? UpdateResult::Updated : UpdateResult::Failed;
    // The UNIQUE constraint: another account took it between the look-up and the update.
    return findWhere(column, value) ? UpdateResult::Taken : UpdateResult::Failed;
}
