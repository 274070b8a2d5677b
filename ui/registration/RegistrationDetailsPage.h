// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaSubmitPage.h"
#include "LoginIdentity.h"
#include "RegistrationMethodPage.h"
#include "protocol/RegistrationMessages.h"

#include <memory>

struct ApiError;
class AccountApi;
class CaptchaWidget;
class ErrorLabel;
class PhoneNumberEdit;
class QCheckBox;
class QLineEdit;
class QPushButton;
class RegionComboBox;

namespace Ui {
class RegistrationDetailsPage;
}

// Where the user lives, the email address or phone number to sign up with, news by choice, and
// a captcha. Checked here first, so a typo shows at once under its field; then the owner sends
// it (submitted()) and answers with showError() or proceed().
class RegistrationDetailsPage : public CaptchaSubmitPage
{
    Q_OBJECT

public:
    using Method = RegistrationMethodPage::Method;

    RegistrationDetailsPage(AccountApi* api, QWidget* parent = nullptr);
    ~RegistrationDetailsPage() override;

    void setMethod(Method method);
    Method method() const { return m_method; }
    // What to send, captcha answer included.
    StartRegistrationRequest request() const;
    // The email or E.164 phone number the account is being created for.
    QString login() const;
    // What was typed, for the sign-in or recovery when the account turns out to exist already.
    LoginIdentity identity() const;

    void initializePage() override;

    RegionComboBox* regionBox() const;
    QLineEdit* emailEdit() const;
    PhoneNumberEdit* phoneEdit() const;
    QCheckBox* newsCheckBox() const;
    ErrorLabel* contactError() const;
    QPushButton* signInButton() const;
    QPushButton* forgotPasswordButton() const;

signals:
    // "Sign In" after E-ALREADY-REGISTERED: the account exists, go and sign in to it.
    void signInRequested();
    // "Forgot password?" after E-ALREADY-REGISTERED: recover the account that has this login.
    void forgotPasswordRequested();

protected:
    bool checkInput() override;
    void setInputsEnabled(bool enabled) override;
    void clearErrors() override;
    // Puts an error under the field it concerns. Every picture is single use: a new one is loaded.
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;

private:
    void retranslateUi();
    // The texts that follow the chosen method.
    void retranslateMethod();
    void clearContactError();

    Method m_method = Method::Email;
    // The widgets, their layout and their fixed texts: RegistrationDetailsPage.ui.
    std::unique_ptr<Ui::RegistrationDetailsPage> m_ui;
};
