// SPDX-License-Identifier: Apache-2.0
#include "WalCheckpointer.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QTimer>

WalCheckpointer::WalCheckpointer(int restartPages, int intervalMs)
    : m_restartPages(restartPages)
{
    m_thread.setObjectName(QStringLiteral("wal-checkpoint"));
    m_timer = new QTimer(this); // moves with this object
    moveToThread(&m_thread);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &WalCheckpointer::checkpoint);
    connect(&m_thread, &QThread::started, m_timer, qOverload<>(&QTimer::start));
    m_thread.start();
}

WalCheckpointer::~WalCheckpointer()
{
    // The timer and this thread's connection end with the thread; the last connection to close
    // copies what is left of the log.
    QMetaObject::invokeMethod(m_timer, &QTimer::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void WalCheckpointer::checkpoint()
{
    // PASSIVE: copies what no reader still needs, without waiting for or blocking anyone.
    QSqlQuery query(Database::connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next())
        return;
    const int logPages = query.value(1).toInt();
    query.finish();
    // Under a steady stream of writes the log is never all copied at the moment a writer starts,
    // so SQLite never starts it over and the file only grows (900 MiB in 8 s of refreshes). Past
    // the limit (64 MiB), this process's writers wait while RESTART copies the rest and waits out
    // the readers, and the next writer starts the log from its beginning (journal_size_limit then
    // cuts the file). The wait was 30-45 ms here, once a second at 4,000 refreshes a second.
    if (logPages < m_restartPages)
        return;
    // Copy again first: the restart below then has only the pages of the last moments left to copy
    // and flush while this process's writers wait.
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    query.finish();
    const QMutexLocker writers(WriteTransaction::writersLock());
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(RESTART)"));
}
