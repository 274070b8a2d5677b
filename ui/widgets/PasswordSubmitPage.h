// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"

class ErrorLabel;
class PasswordEdit;
class QLabel;
class QVBoxLayout;

// A page that the account's password confirms (turning two-step verification on, deleting the
// account): "Account password:" with its field and error, the field focused when the page shows,
// read-only while the request is out, and a wrong password put under it with the text selected.
class PasswordSubmitPage : public SubmitPage
{
    Q_OBJECT

public:
    explicit PasswordSubmitPage(QWidget* parent = nullptr);

    QString password() const;
    void clearPassword();
    void initializePage() override;

    PasswordEdit* passwordEdit() const { return m_password; }
    ErrorLabel* passwordError() const { return m_passwordError; }

protected:
    // The label, the field and its error, where the page's layout wants them: at index, or at the
    // end (-1). A page whose layout comes from a form puts them between the form's items.
    void addPasswordRows(QVBoxLayout* layout, int index = -1);
    bool canSubmit() const override;
    bool showFieldError(const ApiError& error) override;
    void setInputsEnabled(bool enabled) override;

private:
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
};
