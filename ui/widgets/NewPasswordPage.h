// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"
#include "validation/PasswordPolicy.h"

#include <QMap>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class PasswordEdit;
class QLabel;
class QProgressBar;

// A new password, typed twice, with the rules ticked off while typing and a strength meter
// (zxcvbn). Not tied to registration: the owner listens to passwordChosen(), sends it, and
// answers with showError() or proceed(). Password change and recovery reuse it.
class NewPasswordPage : public SubmitPage
{
    Q_OBJECT

public:
    explicit NewPasswordPage(QWidget* parent = nullptr);

    // The email, phone or account ID the password is for: it must not be the password, and
    // zxcvbn tries it first.
    void setLogin(const QString& login);
    QString password() const;
    void clearPasswords();

    PasswordEdit* passwordEdit() const { return m_password; }
    PasswordEdit* confirmEdit() const { return m_confirm; }
    // The checklist line of a rule; its "met" property says whether the password keeps it.
    QLabel* ruleLabel(PasswordPolicy::Problem rule) const { return m_rules.value(rule); }
    QProgressBar* strengthMeter() const { return m_meter; }
    QLabel* strengthLabel() const { return m_strength; }
    ErrorLabel* passwordError() const { return m_passwordError; }
    ErrorLabel* confirmError() const { return m_confirmError; }

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
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
    PasswordEdit* m_confirm;
    ErrorLabel* m_confirmError;
    QMap<PasswordPolicy::Problem, QLabel*> m_rules;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_passwordLabel = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLabel* m_strengthTitle = nullptr;
};
