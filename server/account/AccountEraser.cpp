// SPDX-License-Identifier: Apache-2.0
#include "AccountEraser.h"

#include "AccountStore.h"
#include "LoginThrottle.h"
#include "TokenService.h"

#include <QSqlQuery>
#include <QVariant>

AccountEraser::AccountEraser(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AccountEraser::erase(const Account& account)
{
    // The keys other tables use for this account (see normalizeLogin and LoginThrottle);
    // an unbound email or phone is "" and matches nothing.
    const QString idKey = QStringLiteral("id:%1").arg(account.id);
    const QString throttleKey = QStringLiteral("account:%1").arg(account.id);
    const QString emailKey = account.email.isEmpty() ? QString() : QStringLiteral("email:") + account.email;
    const QString phoneKey = account.phone.isEmpty() ? QString() : QStringLiteral("phone:") + account.phone;
    const QString email = account.email.isEmpty() ? QStringLiteral("\n") : account.email;
    const QString phone = account.phone.isEmpty() ? QStringLiteral("\n") : account.phone;

    struct Step
    {
        const char* sql;
        QVariantList values;
    };
    const QList<Step> steps {
        { "INSERT INTO account_deletions (account_id, deleted_at) VALUES (?, ?)",
          { account.id, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } },
        { "DELETE FROM devices WHERE account_id = ?", { account.id } },
        // Its activity (with the masked addresses) and the time of its last export.
        { "DELETE FROM account_events WHERE account_id = ?", { account.id } },
        { "DELETE FROM account_exports WHERE account_id = ?", { account.id } },
        // Two-step verification: the sealed secret, the backup code hashes, any setup.
        { "DELETE FROM two_step WHERE account_id = ?", { account.id } },
        { "DELETE FROM two_step_backup_codes WHERE account_id = ?", { account.id } },
        { "DELETE FROM two_step_setups WHERE account_id = ?", { account.id } },
        // Recovery stand-ins name the email or phone without an account ID.
        { "DELETE FROM challenges WHERE account_id = ? OR destination IN (?, ?) OR choice_email = ? "
          "OR choice_phone = ?",
          { account.id, email, phone, email, phone } },
        { "DELETE FROM registrations WHERE destination IN (?, ?)", { email, phone } },
        { "DELETE FROM code_sends WHERE destination IN (?, ?)", { email, phone } },
        { "DELETE FROM login_failures WHERE key IN (?, ?, ?, ?, ?)",
          { throttleKey, idKey, emailKey, phoneKey, LoginThrottle::streakKey(account.id) } },
        { "DELETE FROM recovery_starts WHERE key IN (?, ?, ?)", { idKey, emailKey, phoneKey } },
        { "DELETE FROM accounts WHERE id = ?", { account.id } },
    };
    m_db.transaction();
    // Sessions and tokens go first, through their one owner.
    if (!TokenService(m_db, 0).eraseAccountSessions(account.id)) {
        m_db.rollback();
        return false;
    }
    for (const Step& step : steps) {
        QSqlQuery query(m_db);
        query.prepare(QString::fromLatin1(step.sql));
        for (const QVariant& value : step.values)
            query.addBindValue(value);
        if (!query.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}
