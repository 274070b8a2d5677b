// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginIdentity.h"
#include "RegistrationMethodPage.h"
#include "SubmitPage.h"
#include "protocol/RegistrationMessages.h"

struct ApiError;
class AccountApi;
class BusyIndicator;
class CaptchaWidget;
class ErrorLabel;
class PhoneNumberEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class RegionComboBox;

// Where the user lives, the email address or phone number to sign up with, news by choice, and
// a captcha. Checked here first, so a typo shows at once under its field; then the owner sends
// it (submitted()) and answers with showError() or proceed().
class RegistrationDetailsPage : public SubmitPage
{
    Q_OBJECT

public:
    using Method = RegistrationMethodPage::Method;

    RegistrationDetailsPage(AccountApi* api, QWidget* parent = nullptr);

    void setMethod(Method method);
    Method method() const { return m_method; }
    // What to send, captcha answer included.
    StartRegistrationRequest request() const;
    // The email or E.164 phone number the account is being created for.
    QString login() const;
    // What was typed, for the sign-in or recovery when the account turns out to exist already.
    LoginIdentity identity() const;

    // A new picture, for when the user comes back to this page after the last one was used.
    void reloadCaptcha();

    void initializePage() override;

    RegionComboBox* regionBox() const { return m_region; }
    QLineEdit* emailEdit() const { return m_email; }
    PhoneNumberEdit* phoneEdit() const { return m_phone; }
    QCheckBox* newsCheckBox() const { return m_news; }
    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* contactError() const { return m_contactError; }
    ErrorLabel* captchaError() const { return m_captchaError; }
    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* forgotPasswordButton() const { return m_forgot; }

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
    QLabel* m_regionLabelText = nullptr;
    void clearContactError();

    Method m_method = Method::Email;
    RegionComboBox* m_region;
    QLabel* m_contactLabel;
    QLineEdit* m_email;
    PhoneNumberEdit* m_phone;
    ErrorLabel* m_contactError;
    QWidget* m_alreadyActions;
    QPushButton* m_signIn;
    QPushButton* m_forgot;
    QCheckBox* m_news;
    CaptchaWidget* m_captcha;
    ErrorLabel* m_captchaError;
};
