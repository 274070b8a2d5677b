// SPDX-License-Identifier: Apache-2.0
#include "ActivityListWidget.h"

#include "ActivityRow.h"

ActivityListWidget::ActivityListWidget(QWidget* parent)
    : RowList(QStringLiteral("activityList"), parent)
{
}

void ActivityListWidget::setEvents(const QList<ActivityEvent>& events)
{
    clearRows();
    appendEvents(events);
}

void ActivityListWidget::appendEvents(const QList<ActivityEvent>& events)
{
    for (const ActivityEvent& event : events) {
        auto* row = new ActivityRow(event, isThisComputer(event.device), content());
        connect(row, &ActivityRow::notYouRequested, this, &ActivityListWidget::notYouRequested);
        addRow(row);
    }
}

bool ActivityListWidget::isThisComputer(const ActivityDevice& device) const
{
    return !device.isEmpty() && !m_thisDevice.isEmpty() && device.name == m_thisDevice.name
        && device.kind == m_thisDevice.kind && device.platform == m_thisDevice.platform;
}

QList<ActivityRow*> ActivityListWidget::rows() const
{
    return rowsOf<ActivityRow>();
}
