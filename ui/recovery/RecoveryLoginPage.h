// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginIdentifierEdit.h"
#include "SubmitPage.h"
#include "protocol/RecoveryMessages.h"

class AccountApi;
class CaptchaWidget;
class PhoneNumberEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

// The first page of a forgotten-password recovery: the login of the account (email, phone number
// with its country code, or account ID, as on the sign-in page) and a captcha. Checked here
// first; then the owner sends it (submitted()) and answers with showError() or proceed().
class RecoveryLoginPage : public SubmitPage
{
    Q_OBJECT

public:
    using Method = LoginIdentity::Method;

    RecoveryLoginPage(AccountApi* api, QWidget* parent = nullptr);

    Method method() const { return m_login->method(); }
    void setMethod(Method method) { m_login->setMethod(method); }
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const { return m_login->login(); }
    LoginIdentity identity() const { return m_login->identity(); }
    void prefill(const LoginIdentity& identity) { m_login->setIdentity(identity); }
    StartRecoveryRequest request() const;
    void reloadCaptcha();

    void initializePage() override;

    LoginIdentifierEdit* loginEdit() const { return m_login; }
    QRadioButton* methodButton(Method method) const { return m_login->methodButton(method); }
    QLineEdit* emailEdit() const { return m_login->emailEdit(); }
    PhoneNumberEdit* phoneEdit() const { return m_login->phoneEdit(); }
    QLineEdit* accountIdEdit() const { return m_login->accountIdEdit(); }
    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* loginError() const { return m_login->errorLabel(); }
    ErrorLabel* captchaError() const { return m_captchaError; }

protected:
    bool checkInput() override;
    void setInputsEnabled(bool enabled) override;
    // Puts an error under the field it concerns; a used captcha picture is replaced.
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;

private:
    void retranslateUi();

    QLabel* m_explanation;
    LoginIdentifierEdit* m_login;
    CaptchaWidget* m_captcha;
    ErrorLabel* m_captchaError;
};
