// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginIdentifierEdit.h"
#include "SubmitPage.h"

#include <memory>

class PasswordEdit;
class PhoneNumberEdit;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ui {
class LoginPage;
}

// The login (email, phone number or account ID) and the password, checked here before anything
// is sent, so that the user learns about a typo at once and under the field concerned. Next emits
// submitted(); the wizard signs in (or asks for the captcha first) and answers with showError().
class LoginPage : public SubmitPage
{
    Q_OBJECT

public:
    using Method = LoginIdentity::Method;

    explicit LoginPage(QWidget* parent = nullptr);
    ~LoginPage() override;

    Method method() const { return loginEdit()->method(); }
    void setMethod(Method method) { loginEdit()->setMethod(method); }
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const { return loginEdit()->login(); }
    LoginIdentity identity() const { return loginEdit()->identity(); }
    // Fills in a login the user already typed elsewhere; only the password is left to type.
    void prefill(const LoginIdentity& identity);
    QString password() const;

    LoginIdentifierEdit* loginEdit() const;
    QLineEdit* emailEdit() const { return loginEdit()->emailEdit(); }
    PhoneNumberEdit* phoneEdit() const { return loginEdit()->phoneEdit(); }
    QLineEdit* accountIdEdit() const { return loginEdit()->accountIdEdit(); }
    QRadioButton* methodButton(Method method) const { return loginEdit()->methodButton(method); }
    PasswordEdit* passwordEdit() const;
    ErrorLabel* loginError() const { return loginEdit()->errorLabel(); }
    ErrorLabel* passwordError() const;
    QPushButton* createAccountButton() const;
    QPushButton* forgotPasswordButton() const;

signals:
    void createAccountRequested();
    // "Forgot password?": recovery, with the login typed here.
    void forgotPasswordRequested();

protected:
    bool checkInput() override;
    void setInputsEnabled(bool enabled) override;
    // A wrong password under the password; anything about the connection at the top.
    bool showFieldError(const ApiError& error) override;

private:
    // The widgets, their layout and their fixed texts: LoginPage.ui.
    std::unique_ptr<Ui::LoginPage> m_ui;
};
