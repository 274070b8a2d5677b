#pragma once

#include <QObject>
#include <QThread>

class QTimer;

// Copies SQLite's write-ahead log back into the database file on a thread of its own. SQLite does
// it in whichever connection's commit takes the log past 1,000 pages, and that copy ends with an
// fdatasync: under a stream of token refreshes the request that happened to commit then waited
// for the disk (the 30 ms at the 99th percentile). Started by AccountServer for SQLite only; every
// connection made after Database::setBackgroundCheckpoints(true) leaves the copying to it.
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    explicit WalCheckpointer(int intervalMs = 200);
    ~WalCheckpointer() override;

private:
    void checkpoint();

    QThread m_thread;
    QTimer* m_timer = nullptr; // lives on m_thread
};
