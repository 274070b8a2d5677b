// SPDX-License-Identifier: Apache-2.0
#include "DonePage.h"

#include "ErrorLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

DonePage::DonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_message(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("donePage"));
    setFinalPage(true);
    m_message->setObjectName(QStringLiteral("doneMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("doneError"));
    m_action->setObjectName(QStringLiteral("doneAction"));
    m_action->setVisible(false);
    m_action->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(m_message);
    layout->addWidget(m_error);
    layout->addWidget(m_action, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_action, &QPushButton::clicked, this, &DonePage::actionTriggered);
}

void DonePage::setMessage(const QString& message)
{
    m_message->setText(message);
}

void DonePage::setAction(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void DonePage::showError(const ApiError& error)
{
    m_error->showError(error);
}
