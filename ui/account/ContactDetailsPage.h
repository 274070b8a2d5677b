// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"

#include <memory>

struct ApiError;
class ErrorLabel;
class PasswordEdit;
class PhoneNumberEdit;
class QLineEdit;

namespace Ui {
class ContactDetailsPage;
}

// The new email address or phone number for the account, and the current password asked again
// (whoever finds the computer signed in must not be able to take the account over). Checked here
// first; then the owner sends it (submitted()) and answers with showError() or proceed().
class ContactDetailsPage : public SubmitPage
{
    Q_OBJECT

public:
    enum class Kind { Email, Phone };

    explicit ContactDetailsPage(Kind kind, QWidget* parent = nullptr);
    ~ContactDetailsPage() override;

    Kind kind() const { return m_kind; }
    // The new address normalized, or the number in E.164.
    QString contact() const;
    QString region() const;
    QString password() const;
    void clearPassword();

    void initializePage() override;

    QLineEdit* emailEdit() const { return m_email; }
    PhoneNumberEdit* phoneEdit() const { return m_phone; }
    PasswordEdit* passwordEdit() const;
    ErrorLabel* contactError() const;
    ErrorLabel* passwordError() const;

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
    // The labels, the password, the error labels, their layout and the fixed texts:
    // ContactDetailsPage.ui. The one contact field the kind needs is made in code.
    std::unique_ptr<Ui::ContactDetailsPage> m_ui;
    QLineEdit* m_email = nullptr;
    PhoneNumberEdit* m_phone = nullptr;
    Problem m_contactProblem = Problem::None;
    bool m_passwordMissing = false;
};
