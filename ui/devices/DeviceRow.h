// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/DeviceMessages.h"

#include <QFrame>

class QLabel;
class QPushButton;

// One device bound to the account, as the devices list and the deletion wizard show it: the icon
// of its kind, its name (with "This computer" on the one in front of the user), its platform and
// when it was last seen, and the action that unbinds it.
class DeviceRow : public QFrame
{
    Q_OBJECT

public:
    DeviceRow(const BoundDevice& device, QWidget* parent = nullptr);

    const BoundDevice& device() const { return m_device; }
    QLabel* nameLabel() const { return m_name; }
    QLabel* detailsLabel() const { return m_details; }
    QPushButton* actionButton() const { return m_action; }

    // "Active now", "Last seen 3 days ago" / "Последняя активность: 3 дня назад": how long ago, in plurals.
    static QString lastSeenText(const QDateTime& lastSeen, const QDateTime& now);
    // A translated name for a device kind ("band" → "Fitness band").
    static QString kindName(const QString& kind);
    // The icon of a device kind, from the app's resources.
    static QString iconPath(const QString& kind);

signals:
    // The row's button: unbinding another device, or signing this computer out.
    void actionRequested(const BoundDevice& device);

private:
    void retranslateUi();
    BoundDevice m_device;
    QLabel* m_name;
    QLabel* m_details;
    QPushButton* m_action;
    QLabel* m_icon;
};
