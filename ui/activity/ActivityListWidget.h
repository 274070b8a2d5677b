// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RowList.h"
#include "protocol/ActivityMessages.h"

class ActivityRow;

// The account's events, newest first, a row each (ActivityRow), in a scrolling area; a text of
// its own while there are none. The device of an event is this computer when its name, kind and
// platform are this computer's: events carry no device ID, only what the device was called then.
class ActivityListWidget : public RowList
{
    Q_OBJECT

public:
    explicit ActivityListWidget(QWidget* parent = nullptr);

    // This computer as it introduces itself to the server (AccountSettings::thisDevice()).
    void setThisDevice(const ActivityDevice& device) { m_thisDevice = device; }
    // Replaces the rows with these events (a first page, or none).
    void setEvents(const QList<ActivityEvent>& events);
    // Adds the next page's events below the rows there are.
    void appendEvents(const QList<ActivityEvent>& events);

    QList<ActivityRow*> rows() const;
    int count() const { return rows().size(); }
    bool isThisComputer(const ActivityDevice& device) const;

signals:
    // "Was this you?" on a row.
    void notYouRequested();

private:
    ActivityDevice m_thisDevice;
};
