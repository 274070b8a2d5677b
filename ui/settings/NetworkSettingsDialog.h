// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ProxySettings.h"

#include <QDialog>

class AccountApi;
class AccountSettings;
class ErrorLabel;
class PasswordEdit;
class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class TokenStore;

// Settings → Network: how the app reaches the account server. The system's proxy settings (the
// default), no proxy, or a manual HTTP or SOCKS5 proxy with an optional user, whose password goes
// to the keychain. OK saves it, puts it into effect for the next request and closes; a keychain
// that refuses the password keeps the dialog open with the error, nothing typed lost.
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    NetworkSettingsDialog(AccountSettings* settings, TokenStore* keychain, AccountApi* api,
                          QWidget* parent = nullptr);

    QRadioButton* modeButton(ProxySettings::Mode mode) const;
    QComboBox* typeBox() const { return m_type; }
    QLineEdit* hostEdit() const { return m_host; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* userEdit() const { return m_user; }
    PasswordEdit* passwordEdit() const { return m_password; }
    ErrorLabel* hostError() const { return m_hostError; }
    ErrorLabel* pageError() const { return m_pageError; }

    // What the form holds now.
    ProxySettings chosen() const;

    void accept() override;

signals:
    // The setting is saved and in effect.
    void applied(const ProxySettings& proxy);

private:
    void retranslateUi();
    void load(const ProxySettings& proxy);
    void updateEnabled();
    void finish(const ProxySettings& proxy);

    AccountSettings* m_settings;
    TokenStore* m_keychain;
    AccountApi* m_api;
    QLabel* m_intro;
    ErrorLabel* m_pageError;
    QButtonGroup* m_modes;
    QRadioButton* m_system;
    QRadioButton* m_none;
    QRadioButton* m_manual;
    QGroupBox* m_manualBox;
    QLabel* m_typeLabel;
    QComboBox* m_type;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    ErrorLabel* m_hostError;
    QLabel* m_portLabel;
    QSpinBox* m_port;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    QLabel* m_keychainNote;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};
