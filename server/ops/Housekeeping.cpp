// SPDX-License-Identifier: Apache-2.0
#include "Housekeeping.h"

#include "ActivityStore.h"
#include "Database.h"
#include "LoginThrottle.h"
#include "Outbox.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
}

Housekeeping::Housekeeping(Outbox* outbox, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    m_timer.setInterval(10 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &Housekeeping::run);
    m_timer.start();
}

void Housekeeping::run()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    struct Step
    {
        const char* sql;
        QVariantList values;
    };
    const QList<Step> steps {
        { "DELETE FROM login_failures WHERE key NOT LIKE 'streak:%' AND last_failure < ? AND "
          "(locked_until IS NULL OR locked_until < ?)",
          { now - LoginThrottle::kWindowMs, now } },
        { "DELETE FROM captchas WHERE expires_at < ?", { now } },
        { "DELETE FROM registrations WHERE expires_at < ?", { now - kDayMs } },
        { "DELETE FROM challenges WHERE expires_at < ?", { now - kDayMs } },
        { "DELETE FROM code_sends WHERE sent_at < ?", { now - kDayMs } },
        { "DELETE FROM recovery_starts WHERE started_at < ?", { now - kDayMs } },
        // A two-step setup never confirmed holds a secret no one uses: gone once it expires.
        { "DELETE FROM two_step_setups WHERE expires_at < ?", { now } },
        // The account's activity is kept 180 days (docs/security.md); an export's hour is over.
        { "DELETE FROM account_events WHERE happened_at < ?", { now - ActivityStore::kKeepMs } },
        { "DELETE FROM account_exports WHERE exported_at < ?", { now - kDayMs } },
    };
    QSqlDatabase db = Database::connection();
    for (const Step& step : steps) {
        QSqlQuery query(db);
        query.prepare(QString::fromLatin1(step.sql));
        for (const QVariant& value : step.values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("account-server: housekeeping: %s", qPrintable(query.lastError().text()));
    }
    m_outbox->prune(now - qint64(Outbox::kKeepDays) * kDayMs);
}
