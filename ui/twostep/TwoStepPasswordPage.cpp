// SPDX-License-Identifier: Apache-2.0
#include "TwoStepPasswordPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "ui_TwoStepPasswordPage.h"

TwoStepPasswordPage::TwoStepPasswordPage(QWidget* parent)
    : PasswordSubmitPage(parent)
    , m_ui(std::make_unique<Ui::TwoStepPasswordPage>())
{
    m_ui->setupUi(this);
    // Under the intro and its spacing: the page's error, then the password.
    m_ui->layout->insertWidget(2, pageError());
    addPasswordRows(m_ui->layout, 3);
    m_ui->layout->addWidget(busyIndicator());

    setBusyText([] { return tr("Checking the password…"); });
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

TwoStepPasswordPage::~TwoStepPasswordPage() = default;

void TwoStepPasswordPage::submit()
{
    emit passwordEntered(password());
}
