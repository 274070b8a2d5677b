// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RowList.h"
#include "protocol/DeviceMessages.h"

class DeviceRow;

// The devices bound to the account, a row each (DeviceRow), in a scrolling area. Shared by the
// devices page and the deletion wizard, which leaves this computer out.
class DeviceListWidget : public RowList
{
    Q_OBJECT

public:
    explicit DeviceListWidget(QWidget* parent = nullptr);

    // Shows the devices; with includeThisComputer false, the caller's own device is left out.
    void setDevices(const QList<BoundDevice>& devices, bool includeThisComputer = true);
    // Drops one device (just unbound) without asking the server again.
    void removeDevice(const QString& deviceId);

    QList<DeviceRow*> rows() const;
    DeviceRow* row(const QString& deviceId) const;
    int count() const { return rows().size(); }

signals:
    void actionRequested(const BoundDevice& device);
    void countChanged(int count);
};
