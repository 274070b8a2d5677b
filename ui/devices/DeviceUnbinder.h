// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordConfirmDialog.h"
#include "protocol/DeviceMessages.h"

#include <QObject>
#include <QPointer>

class QWidget;
class Session;

// Unbinding one device as the guide has it: the owner's password asked again, then
// DELETE /v1/devices/{id}. The devices page and the deletion wizard both use it; unbound() says
// which device went, so each can drop its row.
class DeviceUnbinder : public QObject
{
    Q_OBJECT

public:
    DeviceUnbinder(Session* session, QWidget* dialogParent);

    // Opens the password dialog (window-modal, does not block) for this device.
    PasswordConfirmDialog* unbind(const BoundDevice& device);
    PasswordConfirmDialog* dialog() const { return m_dialog; }

signals:
    void unbound(const QString& deviceId);

private:
    void send(const BoundDevice& device, const QString& password);

    Session* m_session;
    QWidget* m_dialogParent;
    QPointer<PasswordConfirmDialog> m_dialog;
};
