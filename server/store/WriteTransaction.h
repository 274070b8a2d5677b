// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMutex>
#include <QSqlDatabase>

// A transaction that writes, begun with the write lock already held (SQLite: BEGIN IMMEDIATE;
// PostgreSQL: an ordinary transaction, whose row locks do the work). SQLite lets one connection
// write at a time and makes the others sleep in its busy handler, 1, 2, 5, 10… ms between tries:
// under concurrent token refreshes on several front threads that sleeping cost far more than the
// transactions themselves. Threads of this process therefore queue on a mutex, woken the moment
// it is free; SQLite's waiting is left to writers in other processes. Rolled back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    bool isActive() const { return m_active; }
    // SQLite: the mutex this process's writers queue on (null for PostgreSQL), for work that must
    // not run beside a writer of this process (WalCheckpointer's RESTART).
    static QMutex* writersLock();
    bool commit();
    void rollback();

private:
    void finish();

    QSqlDatabase m_db;
    QMutex* m_writers; // SQLite: this process's writers queue here; null for PostgreSQL
    bool m_active = false;
};
