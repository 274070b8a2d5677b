// SPDX-License-Identifier: Apache-2.0
#include "DonePage.h"

#include "ErrorLabel.h"
#include "ui_DonePage.h"

#include <QLabel>
#include <QPushButton>

DonePage::DonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DonePage>())
{
    m_ui->setupUi(this);
    setFinalPage(true);
    connect(m_ui->doneAction, &QPushButton::clicked, this, &DonePage::actionTriggered);
}

DonePage::~DonePage() = default;

ErrorLabel* DonePage::errorLabel() const
{
    return m_ui->doneError;
}

QLabel* DonePage::messageLabel() const
{
    return m_ui->doneMessage;
}

QPushButton* DonePage::actionButton() const
{
    return m_ui->doneAction;
}

void DonePage::setMessage(const QString& message)
{
    m_ui->doneMessage->setText(message);
}

void DonePage::setAction(const QString& text)
{
    m_ui->doneAction->setText(text);
    m_ui->doneAction->setVisible(!text.isEmpty());
}

void DonePage::showError(const ApiError& error)
{
    m_ui->doneError->showError(error);
}
