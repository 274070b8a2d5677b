// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QThread>

class QTimer;

// Copies SQLite's write-ahead log back into the database file on a thread of its own, once a
// second. SQLite does it in whichever connection's commit takes the log past 1,000 pages, and that
// copy ends with an fdatasync: under a stream of token refreshes the request that happened to
// commit then waited for the disk (the 30 ms at the 99th percentile). Copying less often also
// copies a page that many refreshes changed once, which kept refresh flat at 10^6 accounts (every
// refresh changes random pages of the token index; every 200 ms, each copy was mostly new pages).
// Started by AccountServer for SQLite only; every connection made after
// Database::setBackgroundCheckpoints(true) leaves the copying to it.
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    // restartPages: the log size (in 4 KiB pages) past which the log is started over.
    explicit WalCheckpointer(int restartPages = 16384, int intervalMs = 1000);
    ~WalCheckpointer() override;

private:
    void checkpoint();

    int m_restartPages;
    QThread m_thread;
    QTimer* m_timer = nullptr; // lives on m_thread
};
