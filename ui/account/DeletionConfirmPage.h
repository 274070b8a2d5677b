// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class PasswordEdit;
class QCheckBox;
class QLabel;

// The deletion wizard's last question: the password, and a box saying the user understands it
// cannot be undone. Its commit button ("Delete Account") emits deleteRequested(); the wizard
// answers with showError() or proceed().
class DeletionConfirmPage : public SubmitPage
{
    Q_OBJECT

public:
    explicit DeletionConfirmPage(QWidget* parent = nullptr);

    void setAccountId(qint64 accountId);
    QString password() const;
    void clearPassword();

    PasswordEdit* passwordEdit() const { return m_password; }
    QCheckBox* understoodCheckBox() const { return m_understood; }
    ErrorLabel* passwordError() const { return m_passwordError; }

signals:
    void deleteRequested(const QString& password);

protected:
    void submit() override;
    bool canSubmit() const override;
    void setInputsEnabled(bool enabled) override;
    bool showFieldError(const ApiError& error) override;

private:
    void retranslateUi();
    QLabel* m_labelText = nullptr;
    QLabel* m_summary;
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
    QCheckBox* m_understood;
};
