// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaSubmitPage.h"
#include "LoginIdentifierEdit.h"
#include "protocol/RecoveryMessages.h"

#include <memory>

class AccountApi;
class CaptchaWidget;
class PhoneNumberEdit;
class QLineEdit;
class QRadioButton;

namespace Ui {
class RecoveryLoginPage;
}

// The first page of a forgotten-password recovery: the login of the account (email, phone number
// with its country code, or account ID, as on the sign-in page) and a captcha. Checked here
// first; then the owner sends it (submitted()) and answers with showError() or proceed().
class RecoveryLoginPage : public CaptchaSubmitPage
{
    Q_OBJECT

public:
    using Method = LoginIdentity::Method;

    RecoveryLoginPage(AccountApi* api, QWidget* parent = nullptr);
    ~RecoveryLoginPage() override;

    Method method() const { return loginEdit()->method(); }
    void setMethod(Method method) { loginEdit()->setMethod(method); }
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const { return loginEdit()->login(); }
    LoginIdentity identity() const { return loginEdit()->identity(); }
    void prefill(const LoginIdentity& identity) { loginEdit()->setIdentity(identity); }
    StartRecoveryRequest request() const;

    void initializePage() override;

    LoginIdentifierEdit* loginEdit() const;
    QRadioButton* methodButton(Method method) const { return loginEdit()->methodButton(method); }
    QLineEdit* emailEdit() const { return loginEdit()->emailEdit(); }
    PhoneNumberEdit* phoneEdit() const { return loginEdit()->phoneEdit(); }
    QLineEdit* accountIdEdit() const { return loginEdit()->accountIdEdit(); }
    ErrorLabel* loginError() const { return loginEdit()->errorLabel(); }

protected:
    bool checkInput() override;
    void setInputsEnabled(bool enabled) override;
    // Puts an error under the field it concerns; a used captcha picture is replaced.
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;

private:
    // The explanation, the login, their layout and the fixed texts: RecoveryLoginPage.ui.
    std::unique_ptr<Ui::RecoveryLoginPage> m_ui;
};
