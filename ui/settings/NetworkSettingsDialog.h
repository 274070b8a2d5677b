// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "settings/ProxySettings.h"

#include <QDialog>
#include <memory>

class AccountApi;
class AccountSettings;
class ErrorLabel;
class PasswordEdit;
class QButtonGroup;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class TokenStore;
namespace Ui {
class NetworkSettingsDialog;
}

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
    ~NetworkSettingsDialog() override;

    QRadioButton* modeButton(ProxySettings::Mode mode) const;
    QComboBox* typeBox() const;
    QLineEdit* hostEdit() const;
    QSpinBox* portBox() const;
    QLineEdit* userEdit() const;
    PasswordEdit* passwordEdit() const;
    ErrorLabel* hostError() const;
    ErrorLabel* pageError() const;

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
    std::unique_ptr<Ui::NetworkSettingsDialog> m_ui; // the widgets, from NetworkSettingsDialog.ui
    QButtonGroup* m_modes; // the three modes, with ProxySettings::Mode as their ids
    bool m_busy = false;
};
