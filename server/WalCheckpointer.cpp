#include "WalCheckpointer.h"

#include "Database.h"

#include <QSqlQuery>
#include <QTimer>

WalCheckpointer::WalCheckpointer(int intervalMs)
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
    query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}
