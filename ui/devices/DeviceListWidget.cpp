// SPDX-License-Identifier: Apache-2.0
#include "DeviceListWidget.h"

#include "DeviceRow.h"

DeviceListWidget::DeviceListWidget(QWidget* parent)
    : RowList(QStringLiteral("deviceList"), parent)
{
}

void DeviceListWidget::setDevices(const QList<BoundDevice>& devices, bool includeThisComputer)
{
    clearRows();
    for (const BoundDevice& device : devices) {
        if (device.current && !includeThisComputer)
            continue;
        auto* row = new DeviceRow(device, content());
        connect(row, &DeviceRow::actionRequested, this, &DeviceListWidget::actionRequested);
        addRow(row);
    }
    emit countChanged(count());
}

void DeviceListWidget::removeDevice(const QString& deviceId)
{
    if (DeviceRow* found = row(deviceId)) {
        removeRow(found);
        emit countChanged(count());
    }
}

DeviceRow* DeviceListWidget::row(const QString& deviceId) const
{
    for (DeviceRow* candidate : rows()) {
        if (candidate->device().id == deviceId)
            return candidate;
    }
    return nullptr;
}

QList<DeviceRow*> DeviceListWidget::rows() const
{
    return rowsOf<DeviceRow>();
}
