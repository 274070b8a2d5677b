// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class PasswordEdit;
class PhoneNumberEdit;
class QLabel;
class QLineEdit;

// The new email address or phone number for the account, and the current password asked again
// (whoever finds the computer signed in must not be able to take the account over). Checked here
// first; then the owner sends it (submitted()) and answers with showError() or proceed().
class ContactDetailsPage : public SubmitPage
{
    Q_OBJECT

public:
    enum class Kind { Email, Phone };

    explicit ContactDetailsPage(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    // The new address normalized, or the number in E.164.
    QString contact() const;
    QString region() const;
    QString password() const;
    void clearPassword();

    void initializePage() override;

    QLineEdit* emailEdit() const { return m_email; }
    PhoneNumberEdit* phoneEdit() const { return m_phone; }
    PasswordEdit* passwordEdit() const { return m_password; }
    ErrorLabel* contactError() const { return m_contactError; }
    ErrorLabel* passwordError() const { return m_passwordError; }

protected:
    bool checkInput() override;
    void clearErrors() override;
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;

private:
    // What checkInput() found wrong with a field: kept, so that a language change says it again.
    enum class Problem { None, Empty, Invalid };

    QWidget* contactField() const;
    void retranslateUi();
    void showProblems();

    Kind m_kind;
    QLineEdit* m_email = nullptr;
    PhoneNumberEdit* m_phone = nullptr;
    QLabel* m_contactLabel;
    ErrorLabel* m_contactError;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    QLabel* m_passwordHint;
    ErrorLabel* m_passwordError;
    Problem m_contactProblem = Problem::None;
    bool m_passwordMissing = false;
};
