// SPDX-License-Identifier: Apache-2.0
#include "RegistrationDonePage.h"

#include "ErrorLabel.h"
#include "Retranslator.h"

#include <QLabel>
#include <QVBoxLayout>

RegistrationDonePage::RegistrationDonePage(QWidget* parent)
    : QWizardPage(parent)
    , m_accountId(new QLabel(this))
    , m_signedIn(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("registrationDonePage"));
    setFinalPage(true);

    m_introText = new QLabel(this);
    auto* intro = m_introText;
    m_accountId->setObjectName(QStringLiteral("accountId"));
    m_accountId->setTextFormat(Qt::PlainText);
    // Selectable, so that it can be copied: it is not a secret, and people note it down.
    m_accountId->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_accountId->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_accountId->setFont(big);
    m_hintText = new QLabel(this);
    auto* hint = m_hintText;
    hint->setWordWrap(true);
    m_signedIn->setObjectName(QStringLiteral("signedIn"));
    m_signedIn->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("signInError"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(intro);
    layout->addWidget(m_accountId);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(m_signedIn);
    layout->addWidget(m_error);
    layout->addStretch();
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void RegistrationDonePage::retranslateUi()
{
    setTitle(tr("Your account is ready"));
    m_introText->setText(tr("Your account ID:"));
    m_hintText->setText(tr("You can sign in with it too, as well as with your email address or phone number. "
                           "Note it down somewhere safe."));
}

void RegistrationDonePage::setAccountId(qint64 accountId)
{
    m_accountId->setText(QString::number(accountId));
    m_accountId->setAccessibleName(tr("Your account ID: %1").arg(accountId));
    m_signedIn->setText(tr("You are signed in to it on this computer."));
    m_error->clear();
}

void RegistrationDonePage::setSignInError(const ApiError& error)
{
    m_signedIn->setText(tr("Your account has been created, but this computer could not keep you signed in. "
                           "Sign in with your account ID and password."));
    m_error->showError(error);
}
