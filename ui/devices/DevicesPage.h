// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/DeviceMessages.h"

#include <QPointer>
#include <QWidget>

class BusyIndicator;
class DeviceListWidget;
class DeviceUnbinder;
class ErrorLabel;
class PasswordConfirmDialog;
class QLabel;
class QPushButton;
class Session;

// The account's devices (the guide's «Устройства»): every phone, band, scale or computer signed
// in to it, this computer marked, each with Unbind. Loaded when shown and on Refresh, in the
// background.
class DevicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(Session* session, QWidget* parent = nullptr);

    void reload();
    void clear();

    DeviceListWidget* list() const { return m_list; }
    DeviceUnbinder* unbinder() const { return m_unbinder; }
    QPushButton* refreshButton() const { return m_refresh; }
    QPushButton* signOutOthersButton() const { return m_signOutOthers; }
    QLabel* noteLabel() const { return m_note; }
    // "Sign out on all other devices": the password dialog (window-modal, does not block).
    PasswordConfirmDialog* signOutOthers();
    ErrorLabel* errorLabel() const { return m_error; }
    bool isLoading() const { return m_loading; }

signals:
    // This computer's row: its button signs out (with the password, in MainWindow's dialog).
    void signOutRequested();
    void loaded(int count);

private:
    void retranslateUi();
    void rowAction(const BoundDevice& device);
    void sendSignOutOthers(const QString& password);
    static QString signedOutNote();

    Session* m_session;
    DeviceListWidget* m_list;
    DeviceUnbinder* m_unbinder;
    ErrorLabel* m_error;
    BusyIndicator* m_busy;
    QPushButton* m_refresh;
    QPushButton* m_signOutOthers;
    QLabel* m_intro;
    QLabel* m_note; // "Signed out on all other devices."
    QPointer<PasswordConfirmDialog> m_signOutDialog;
    bool m_loading = false;
};
