// SPDX-License-Identifier: Apache-2.0
#include "WelcomePage.h"

#include "ErrorLabel.h"
#include "Retranslator.h"
#include "ui_WelcomePage.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/account-manager.svg")).pixmap(72, 72));
    // Relative to the user's font, which a form cannot say.
    QFont big = m_ui->heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->heading->setFont(big);

    connect(m_ui->signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_ui->createAccount, &QPushButton::clicked, this, &WelcomePage::createAccountRequested);
    connect(m_ui->retry, &QPushButton::clicked, this, &WelcomePage::retryRequested);
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

WelcomePage::~WelcomePage() = default;

QPushButton* WelcomePage::signInButton() const
{
    return m_ui->signIn;
}

QPushButton* WelcomePage::createAccountButton() const
{
    return m_ui->createAccount;
}

QPushButton* WelcomePage::retryButton() const
{
    return m_ui->retry;
}

ErrorLabel* WelcomePage::errorLabel() const
{
    return m_ui->error;
}

QLabel* WelcomePage::noteLabel() const
{
    return m_ui->note;
}

void WelcomePage::showError(const ApiError& error)
{
    m_ui->note->setVisible(false);
    m_ui->error->showError(error);
}

void WelcomePage::showNote(const QString& note)
{
    m_ui->note->setText(note);
    m_ui->note->setVisible(!note.isEmpty());
}

void WelcomePage::clearMessages()
{
    m_ui->error->clear();
    showNote(QString());
    setRetryVisible(false);
}

void WelcomePage::setRetryVisible(bool visible)
{
    m_ui->retry->setVisible(visible);
}
