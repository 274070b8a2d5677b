// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/DeviceMessages.h"

#include <QScrollArea>

class DeviceRow;
class QLabel;
class QVBoxLayout;

// The devices bound to the account, a row each (DeviceRow), in a scrolling area. Shared by the
// devices page and the deletion wizard, which leaves this computer out.
class DeviceListWidget : public QScrollArea
{
    Q_OBJECT

public:
    explicit DeviceListWidget(QWidget* parent = nullptr);

    // Shows the devices; with includeThisComputer false, the caller's own device is left out.
    void setDevices(const QList<BoundDevice>& devices, bool includeThisComputer = true);
    // Drops one device (just unbound) without asking the server again.
    void removeDevice(const QString& deviceId);
    void setPlaceholderText(const QString& text);

    QList<DeviceRow*> rows() const;
    DeviceRow* row(const QString& deviceId) const;
    int count() const { return rows().size(); }

signals:
    void actionRequested(const BoundDevice& device);
    void countChanged(int count);

private:
    void clearRows();
    void updatePlaceholder();

    QWidget* m_content;
    QVBoxLayout* m_rows;
    QLabel* m_placeholder;
};
