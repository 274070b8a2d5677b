// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"
#include "validation/PasswordPolicy.h"

#include <QMap>
#include <memory>

struct ApiError;
class ErrorLabel;
class PasswordEdit;
class QLabel;
class QProgressBar;

namespace Ui {
class NewPasswordPage;
}

// A new password, typed twice, with the rules ticked off while typing and a strength meter
// (zxcvbn). Not tied to registration: the owner listens to passwordChosen(), sends it, and
// answers with showError() or proceed(). Password change and recovery reuse it.
class NewPasswordPage : public SubmitPage
{
    Q_OBJECT

public:
    explicit NewPasswordPage(QWidget* parent = nullptr);
    ~NewPasswordPage() override;

    // The email, phone or account ID the password is for: it must not be the password, and
    // zxcvbn tries it first.
    void setLogin(const QString& login);
    QString password() const;
    void clearPasswords();

    PasswordEdit* passwordEdit() const;
    PasswordEdit* confirmEdit() const;
    // The checklist line of a rule; its "met" property says whether the password keeps it.
    QLabel* ruleLabel(PasswordPolicy::Problem rule) const { return m_rules.value(rule); }
    QProgressBar* strengthMeter() const;
    QLabel* strengthLabel() const;
    ErrorLabel* passwordError() const;
    ErrorLabel* confirmError() const;

signals:
    void passwordChosen(const QString& password);

protected:
    bool checkInput() override;
    void submit() override;
    // E-PASSWORD-WEAK with its reasons at the field and in the checklist.
    bool showFieldError(const ApiError& error) override;

private:
    void retranslateUi();
    void updateChecks();
    void setRuleState(QLabel* label, PasswordPolicy::Problem rule, bool met, bool failedOnServer = false);

    QString m_login;
    // The fields, the meter, their labels, the layout and the fixed texts: NewPasswordPage.ui.
    std::unique_ptr<Ui::NewPasswordPage> m_ui;
    // The checklist's lines, made from the policy's rules.
    QMap<PasswordPolicy::Problem, QLabel*> m_rules;
};
