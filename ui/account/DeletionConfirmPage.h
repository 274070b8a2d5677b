// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordSubmitPage.h"

struct ApiError;
class QCheckBox;
class QLabel;

// The deletion wizard's last question: the password, and a box saying the user understands it
// cannot be undone. Its commit button ("Delete Account") emits deleteRequested(); the wizard
// answers with showError() or proceed().
class DeletionConfirmPage : public PasswordSubmitPage
{
    Q_OBJECT

public:
    explicit DeletionConfirmPage(QWidget* parent = nullptr);

    void setAccountId(qint64 accountId);

    QCheckBox* understoodCheckBox() const { return m_understood; }

signals:
    void deleteRequested(const QString& password);

protected:
    void submit() override;
    bool canSubmit() const override;
    void setInputsEnabled(bool enabled) override;

private:
    void retranslateUi();
    QLabel* m_summary;
    QCheckBox* m_understood;
};
