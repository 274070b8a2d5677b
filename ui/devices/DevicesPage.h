// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/DeviceMessages.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class DeviceListWidget;
class DeviceUnbinder;
class ErrorLabel;
class PasswordConfirmDialog;
class QLabel;
class QPushButton;
class Session;
namespace Ui {
class DevicesPage;
}

// The account's devices (the guide's «Устройства»): every phone, band, scale or computer signed
// in to it, this computer marked, each with Unbind. Loaded when shown and on Refresh, in the
// background.
class DevicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit DevicesPage(Session* session, QWidget* parent = nullptr);
    ~DevicesPage() override;

    void reload();
    void clear();

    DeviceListWidget* list() const;
    DeviceUnbinder* unbinder() const { return m_unbinder; }
    QPushButton* refreshButton() const;
    QPushButton* signOutOthersButton() const;
    QLabel* noteLabel() const;
    // "Sign out on all other devices": the password dialog (window-modal, does not block).
    PasswordConfirmDialog* signOutOthers();
    ErrorLabel* errorLabel() const;
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
    std::unique_ptr<Ui::DevicesPage> m_ui; // the widgets, from DevicesPage.ui
    DeviceUnbinder* m_unbinder;
    QPointer<PasswordConfirmDialog> m_signOutDialog;
    bool m_loading = false;
};
