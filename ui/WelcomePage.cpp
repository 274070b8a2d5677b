// SPDX-License-Identifier: Apache-2.0
#include "WelcomePage.h"

#include "ErrorLabel.h"
#include "Retranslator.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_note(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_createAccount(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/account-manager.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    QLabel* heading = m_heading;
    heading->setObjectName(QStringLiteral("heading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    heading->setFont(big);
    heading->setAlignment(Qt::AlignCenter);

    QLabel* explanation = m_explanation;
    explanation->setObjectName(QStringLiteral("explanation"));
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);

    m_error->setAlignment(Qt::AlignHCenter);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setVisible(false);

    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    m_signIn->setMinimumWidth(180);
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_createAccount->setMinimumWidth(180);
    m_retry->setObjectName(QStringLiteral("retry"));
    m_retry->setMinimumWidth(180);
    m_retry->setVisible(false);

    auto* column = new QVBoxLayout;
    column->setSpacing(12);
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(heading);
    column->addWidget(explanation);
    column->addSpacing(8);
    column->addWidget(m_signIn, 0, Qt::AlignHCenter);
    column->addWidget(m_createAccount, 0, Qt::AlignHCenter);
    column->addWidget(m_retry, 0, Qt::AlignHCenter);
    column->addWidget(m_note);
    column->addWidget(m_error);
    column->addStretch(3);

    // A readable column in the middle, however wide the window.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addLayout(column, 4);
    layout->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    connect(m_createAccount, &QPushButton::clicked, this, &WelcomePage::createAccountRequested);
    connect(m_retry, &QPushButton::clicked, this, &WelcomePage::retryRequested);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void WelcomePage::retranslateUi()
{
    m_heading->setText(tr("Your account"));
    m_explanation->setText(tr("One account for all your devices: phones, tablets, watches and more. "
                              "Sign in with your email address, phone number or account ID to see "
                              "your account on this computer. You stay signed in until you sign out. "
                              "No account yet? Create one for free."));
    m_signIn->setText(tr("Sign In"));
    m_createAccount->setText(tr("Create Account"));
    m_retry->setText(tr("Try Again"));
}

void WelcomePage::showError(const ApiError& error)
{
    m_note->setVisible(false);
    m_error->showError(error);
}

void WelcomePage::showNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void WelcomePage::clearMessages()
{
    m_error->clear();
    showNote(QString());
    setRetryVisible(false);
}

void WelcomePage::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}
