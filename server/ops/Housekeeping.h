// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QTimer>

class Outbox;

// Deletes what the server no longer needs, at start and then every ten minutes: sign-in failure
// counts that have faded (not the streaks, which end only with a success), expired captchas,
// registrations and challenges a day after they expired, two-step setups
// never confirmed once they expire, account activity older than 180 days (ActivityStore), old
// send, recovery and export logs, and outbox
// entries older than Outbox::kKeepDays. What is not kept cannot leak.
class Housekeeping : public QObject
{
    Q_OBJECT
public:
    explicit Housekeeping(Outbox* outbox, QObject* parent = nullptr);
    void run();

private:
    Outbox* m_outbox;
    QTimer m_timer;
};
