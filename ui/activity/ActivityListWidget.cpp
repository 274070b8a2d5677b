// SPDX-License-Identifier: Apache-2.0
#include "ActivityListWidget.h"

#include "ActivityRow.h"

#include <QLabel>
#include <QVBoxLayout>

ActivityListWidget::ActivityListWidget(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_rows(new QVBoxLayout)
    , m_placeholder(new QLabel(m_content))
{
    setObjectName(QStringLiteral("activityList"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_placeholder->setObjectName(QStringLiteral("activityListPlaceholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setVisible(false);
    m_rows->setSpacing(6);
    m_rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    setWidget(m_content);
}

void ActivityListWidget::setEvents(const QList<ActivityEvent>& events)
{
    clearRows();
    appendEvents(events);
}

void ActivityListWidget::appendEvents(const QList<ActivityEvent>& events)
{
    for (const ActivityEvent& event : events) {
        auto* row = new ActivityRow(event, isThisComputer(event.device), m_content);
        connect(row, &ActivityRow::notYouRequested, this, &ActivityListWidget::notYouRequested);
        m_rows->addWidget(row);
    }
    updatePlaceholder();
}

bool ActivityListWidget::isThisComputer(const ActivityDevice& device) const
{
    return !device.isEmpty() && !m_thisDevice.isEmpty() && device.name == m_thisDevice.name
        && device.kind == m_thisDevice.kind && device.platform == m_thisDevice.platform;
}

void ActivityListWidget::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    updatePlaceholder();
}

QList<ActivityRow*> ActivityListWidget::rows() const
{
    return m_content->findChildren<ActivityRow*>(QString(), Qt::FindDirectChildrenOnly);
}

void ActivityListWidget::clearRows()
{
    for (ActivityRow* old : rows()) {
        m_rows->removeWidget(old);
        old->setParent(nullptr);
        old->deleteLater();
    }
}

void ActivityListWidget::updatePlaceholder()
{
    m_placeholder->setVisible(rows().isEmpty() && !m_placeholder->text().isEmpty());
}
