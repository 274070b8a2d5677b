// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/AccountMessages.h"

#include <QWidget>

struct ApiError;
class ActivityTab;
class BusyIndicator;
class DataExporter;
class DevicesPage;
class ErrorLabel;
class QFormLayout;
class QFrame;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QToolButton;
class Session;

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

    // Right after sign-in the profile is still on its way: the ID is known, the rest is not.
    void showLoading(qint64 accountId);
    void setProfile(const AccountProfile& profile);
    void showError(const ApiError& error);
    void setSigningOut(bool signingOut);

    QLabel* accountIdLabel() const { return m_accountId; }
    QLabel* emailLabel() const { return m_email; }
    QLabel* phoneLabel() const { return m_phone; }
    QLabel* regionLabel() const { return m_region; }
    QLabel* createdLabel() const { return m_created; }
    QPushButton* signOutButton() const { return m_signOut; }
    QPushButton* changeEmailButton() const { return m_changeEmail; }
    QPushButton* changePhoneButton() const { return m_changePhone; }
    QPushButton* changePasswordButton() const { return m_changePassword; }
    QPushButton* deleteAccountButton() const { return m_deleteAccount; }
    // "Two-Step Verification…": turns it on (the setup wizard) or off, as the profile says.
    QPushButton* twoStepButton() const { return m_twoStep; }
    // "Two-step verification: On" or "…: Off", from the profile.
    QLabel* twoStepStateLabel() const { return m_twoStepState; }
    // The account switcher's button in the header; MainWindow gives it the menu.
    QToolButton* accountsButton() const { return m_accounts; }
    QTabWidget* tabs() const { return m_tabs; }
    DevicesPage* devicesPage() const { return m_devices; }
    void showDevices();
    // The Activity tab: what happened to the account, loaded when first shown.
    ActivityTab* activityTab() const { return m_activity; }
    // "Download Your Data…" in the security group, and what it does (the password, then the file).
    QPushButton* downloadDataButton() const { return m_downloadData; }
    DataExporter* dataExporter() const { return m_exporter; }
    // "Your data was saved to …", or why it was not.
    QLabel* downloadNoteLabel() const { return m_downloadNote; }
    // The advice to add a phone for recovery, shown while the account has none.
    QFrame* phoneHint() const { return m_phoneHint; }
    QPushButton* phoneHintButton() const { return m_phoneHintButton; }
    ErrorLabel* errorLabel() const { return m_error; }

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

    QLabel* m_heading;
    QGroupBox* m_details;
    QFormLayout* m_form;
    QGroupBox* m_security;
    QLabel* m_securityText;
    QLabel* m_deleteText;
    QLabel* m_downloadText;
    QLabel* m_downloadNote;
    QLabel* m_twoStepState;
    QLabel* m_twoStepText;
    QLabel* m_hintText;
    QScrollArea* m_overview;
    // What the page shows: loading (no profile yet) or the profile.
    bool m_loading = false;
    bool m_failed = false; // the profile did not come: "—" rather than "Loading…" forever
    bool m_signingOut = false;
    AccountProfile m_profile;
    QLabel* m_accountId;
    QLabel* m_email;
    QLabel* m_phone;
    QLabel* m_region;
    QLabel* m_created;
    ErrorLabel* m_error;
    BusyIndicator* m_busy;
    QPushButton* m_signOut;
    QPushButton* m_changeEmail;
    QPushButton* m_changePhone;
    QPushButton* m_changePassword;
    QFrame* m_phoneHint;
    QPushButton* m_phoneHintButton;
    QPushButton* m_deleteAccount;
    QPushButton* m_twoStep;
    QToolButton* m_accounts;
    QTabWidget* m_tabs;
    DevicesPage* m_devices;
    ActivityTab* m_activity;
    QPushButton* m_downloadData;
    DataExporter* m_exporter;
};
