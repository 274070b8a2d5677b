// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"

class ErrorLabel;
class PasswordEdit;
class QLabel;

// The first page of turning two-step verification on: what it means, and the account password
// again (the server asks for it before it makes a secret). passwordEntered() carries it to the wizard.
class TwoStepPasswordPage : public SubmitPage
{
    Q_OBJECT

public:
    explicit TwoStepPasswordPage(QWidget* parent = nullptr);

    QString password() const;
    void clearPassword();

    void initializePage() override;

    QLabel* introLabel() const { return m_intro; }
    PasswordEdit* passwordEdit() const { return m_password; }
    ErrorLabel* passwordError() const { return m_passwordError; }

signals:
    void passwordEntered(const QString& password);

protected:
    bool canSubmit() const override;
    void submit() override;
    bool showFieldError(const ApiError& error) override;
    void setInputsEnabled(bool enabled) override;

private:
    void retranslateUi();

    QLabel* m_intro;
    QLabel* m_passwordLabel;
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
};
