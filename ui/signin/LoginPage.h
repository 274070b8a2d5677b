// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginIdentifierEdit.h"
#include "SubmitPage.h"

class PasswordEdit;
class PhoneNumberEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// The login (email, phone number or account ID) and the password, checked here before anything
// is sent, so that the user learns about a typo at once and under the field concerned. Next emits
// submitted(); the wizard signs in (or asks for the captcha first) and answers with showError().
class LoginPage : public SubmitPage
{
    Q_OBJECT

public:
    using Method = LoginIdentity::Method;

    explicit LoginPage(QWidget* parent = nullptr);

    Method method() const { return m_login->method(); }
    void setMethod(Method method) { m_login->setMethod(method); }
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const { return m_login->login(); }
    LoginIdentity identity() const { return m_login->identity(); }
    // Fills in a login the user already typed elsewhere; only the password is left to type.
    void prefill(const LoginIdentity& identity);
    QString password() const;

    LoginIdentifierEdit* loginEdit() const { return m_login; }
    QLineEdit* emailEdit() const { return m_login->emailEdit(); }
    PhoneNumberEdit* phoneEdit() const { return m_login->phoneEdit(); }
    QLineEdit* accountIdEdit() const { return m_login->accountIdEdit(); }
    QRadioButton* methodButton(Method method) const { return m_login->methodButton(method); }
    PasswordEdit* passwordEdit() const { return m_password; }
    ErrorLabel* loginError() const { return m_login->errorLabel(); }
    ErrorLabel* passwordError() const { return m_passwordError; }
    QPushButton* createAccountButton() const { return m_createAccount; }
    QPushButton* forgotPasswordButton() const { return m_forgotPassword; }

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
    void retranslateUi();

    QLabel* m_methodLabel;
    LoginIdentifierEdit* m_login;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
    QPushButton* m_createAccount;
    QPushButton* m_forgotPassword;
};
