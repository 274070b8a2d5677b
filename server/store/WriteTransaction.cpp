// SPDX-License-Identifier: Apache-2.0
#include "WriteTransaction.h"

#include "CachedQuery.h"
#include "Database.h"

QMutex* WriteTransaction::writersLock()
{
    static QMutex writers;
    return Database::kind() == Database::Kind::Sqlite ? &writers : nullptr;
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_writers(writersLock())
{
    if (m_writers) {
        m_writers->lock();
        m_active = CachedQuery(m_db, QStringLiteral("BEGIN IMMEDIATE"))->exec();
    } else {
        m_active = m_db.transaction();
    }
    if (!m_active && m_writers)
        m_writers->unlock();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    const bool committed = m_db.commit();
    if (!committed)
        m_db.rollback();
    finish();
    return committed;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_db.rollback();
    finish();
}

void WriteTransaction::finish()
{
    m_active = false;
    if (m_writers)
        m_writers->unlock();
}
