// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/AccountMessages.h"

#include <QWidget>
#include <memory>

struct ApiError;
class ActivityTab;
class DataExporter;
class DevicesPage;
class ErrorLabel;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;
class QToolButton;
class Session;
namespace Ui {
class AccountPage;
}

// The signed-in account: its ID and what is bound to it, masked, so that a glance over the
// shoulder gives nothing away, with the ways to change them and the password (the guide's
// Безопасность аккаунта), and the Devices tab. "Sign Out…" asks for the password and unbinds
// this computer; "Delete Account…" opens the deletion wizard. The Activity tab lists what happened
// to the account; "Download Your Data…" saves a copy of everything it holds.
class AccountPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountPage(Session* session, QWidget* parent = nullptr);
    ~AccountPage() override;

    // Right after sign-in the profile is still on its way: the ID is known, the rest is not.
    void showLoading(qint64 accountId);
    void setProfile(const AccountProfile& profile);
    void showError(const ApiError& error);
    void setSigningOut(bool signingOut);

    QLabel* accountIdLabel() const;
    QLabel* emailLabel() const;
    QLabel* phoneLabel() const;
    QLabel* regionLabel() const;
    QPushButton* signOutButton() const;
    QPushButton* changeEmailButton() const;
    QPushButton* changePhoneButton() const;
    QPushButton* changePasswordButton() const;
    QPushButton* deleteAccountButton() const;
    // "Two-Step Verification…": turns it on (the setup wizard) or off, as the profile says.
    QPushButton* twoStepButton() const;
    // "Two-step verification: On" or "…: Off", from the profile.
    QLabel* twoStepStateLabel() const;
    // The account switcher's button in the header; MainWindow gives it the menu.
    QToolButton* accountsButton() const;
    QTabWidget* tabs() const;
    DevicesPage* devicesPage() const { return m_devices; }
    void showDevices();
    // The Activity tab: what happened to the account, loaded when first shown.
    ActivityTab* activityTab() const { return m_activity; }
    // "Download Your Data…" in the security group, and what it does (the password, then the file).
    QPushButton* downloadDataButton() const;
    DataExporter* dataExporter() const { return m_exporter; }
    // "Your data was saved to …", or why it was not.
    QLabel* downloadNoteLabel() const;
    // The advice to add a phone for recovery, shown while the account has none.
    QFrame* phoneHint() const;
    QPushButton* phoneHintButton() const;
    ErrorLabel* errorLabel() const;

signals:
    void signOutRequested();
    void changePasswordRequested();
    void changeEmailRequested();
    void changePhoneRequested();
    void deleteAccountRequested();
    void twoStepRequested();

private:
    void retranslateUi();
    // The profile's values in the current language ("Not added", the region's name, the date).
    void renderProfile();

    std::unique_ptr<Ui::AccountPage> m_ui; // the widgets, from AccountPage.ui
    // What the page shows: loading (no profile yet) or the profile.
    bool m_loading = false;
    bool m_failed = false; // the profile did not come: "—" rather than "Loading…" forever
    bool m_signingOut = false;
    AccountProfile m_profile;
    // The Devices and Activity tabs, made here as they take the session; a form cannot pass it.
    DevicesPage* m_devices;
    ActivityTab* m_activity;
    DataExporter* m_exporter;
};
