// SPDX-License-Identifier: Apache-2.0
#include "DeviceListWidget.h"

#include "DeviceRow.h"

#include <QLabel>
#include <QVBoxLayout>

DeviceListWidget::DeviceListWidget(QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_rows(new QVBoxLayout)
    , m_placeholder(new QLabel(m_content))
{
    setObjectName(QStringLiteral("deviceList"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_placeholder->setObjectName(QStringLiteral("deviceListPlaceholder"));
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

void DeviceListWidget::setDevices(const QList<BoundDevice>& devices, bool includeThisComputer)
{
    clearRows();
    for (const BoundDevice& device : devices) {
        if (device.current && !includeThisComputer)
            continue;
        auto* row = new DeviceRow(device, m_content);
        connect(row, &DeviceRow::actionRequested, this, &DeviceListWidget::actionRequested);
        m_rows->addWidget(row);
    }
    updatePlaceholder();
    emit countChanged(count());
}

void DeviceListWidget::removeDevice(const QString& deviceId)
{
    if (DeviceRow* found = row(deviceId)) {
        m_rows->removeWidget(found);
        found->deleteLater();
        found->setParent(nullptr); // out of rows() at once
        updatePlaceholder();
        emit countChanged(count());
    }
}

void DeviceListWidget::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    updatePlaceholder();
}

QList<DeviceRow*> DeviceListWidget::rows() const
{
    return m_content->findChildren<DeviceRow*>(QString(), Qt::FindDirectChildrenOnly);
}

DeviceRow* DeviceListWidget::row(const QString& deviceId) const
{
    for (DeviceRow* candidate : rows()) {
        if (candidate->device().id == deviceId)
            return candidate;
    }
    return nullptr;
}

void DeviceListWidget::clearRows()
{
    for (DeviceRow* old : rows()) {
        m_rows->removeWidget(old);
        old->setParent(nullptr);
        old->deleteLater();
    }
}

void DeviceListWidget::updatePlaceholder()
{
    m_placeholder->setVisible(rows().isEmpty() && !m_placeholder->text().isEmpty());
}
