// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PasswordSubmitPage.h"

#include <memory>

namespace Ui {
class TwoStepPasswordPage;
}

// The first page of turning two-step verification on: what it means, and the account password
// again (the server asks for it before it makes a secret). passwordEntered() carries it to the wizard.
class TwoStepPasswordPage : public PasswordSubmitPage
{
    Q_OBJECT

public:
    explicit TwoStepPasswordPage(QWidget* parent = nullptr);
    ~TwoStepPasswordPage() override;

signals:
    void passwordEntered(const QString& password);

protected:
    void submit() override;

private:
    std::unique_ptr<Ui::TwoStepPasswordPage> m_ui;
};
