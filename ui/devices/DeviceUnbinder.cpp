// SPDX-License-Identifier: Apache-2.0
#include "DeviceUnbinder.h"

#include "DeviceRow.h"
#include "PasswordConfirmDialog.h"
#include "session/Session.h"

#include <QUrl>

DeviceUnbinder::DeviceUnbinder(Session* session, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
}

PasswordConfirmDialog* DeviceUnbinder::unbind(const BoundDevice& device)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new PasswordConfirmDialog(m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("unbindDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    //: Title of the dialog; %1 is a device's name, "Mi Band 8"
    m_dialog->setWindowTitle(tr("Unbind %1").arg(device.name));
    m_dialog->setMessage(tr("“%1” (%2) will be signed out of your account and unbound from it. "
                            "To use it with your account again, sign in on it with your password.\n\n"
                            "Enter your account password to confirm that you are the owner.")
                             .arg(device.name, DeviceRow::kindName(device.kind)));
    //: The button that unbinds the device after the password is typed
    m_dialog->setActionText(tr("Unbind"));
    connect(m_dialog, &PasswordConfirmDialog::confirmed, this,
            [this, device](const QString& password) { send(device, password); });
    m_dialog->open();
    return m_dialog;
}

void DeviceUnbinder::send(const BoundDevice& device, const QString& password)
{
    QPointer<PasswordConfirmDialog> dialog = m_dialog;
    dialog->setBusy(true, tr("Unbinding…"));
    m_session->unbindDevice(device.id, password, this, [this, dialog, device](const ApiError& error) {
        if (dialog)
            dialog->setBusy(false);
        // Already gone (unbound elsewhere meanwhile): what the user wanted.
        if (error && error.code != ErrorCode::DeviceNotFound) {
            if (dialog)
                dialog->showError(error);
            return;
        }
        if (dialog)
            dialog->accept();
        emit unbound(device.id);
    });
}
