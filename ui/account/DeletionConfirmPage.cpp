// SPDX-License-Identifier: Apache-2.0
#include "DeletionConfirmPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

DeletionConfirmPage::DeletionConfirmPage(QWidget* parent)
    : PasswordSubmitPage(parent)
    , m_summary(new QLabel(this))
    , m_understood(new QCheckBox(this))
{
    setObjectName(QStringLiteral("deletionConfirmPage"));
    setCommitPage(true);
    m_understood->setObjectName(QStringLiteral("understood"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(pageError());
    addPasswordRows(layout);
    layout->addSpacing(8);
    layout->addWidget(m_understood);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_understood, &QCheckBox::toggled, this, &DeletionConfirmPage::completeChanged);
    setBusyText([] { return tr("Deleting the account…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void DeletionConfirmPage::retranslateUi()
{
    setTitle(tr("Delete your account for good"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("Confirm with your account password."));
    //: The commit button of the deletion wizard
    setButtonText(QWizard::CommitButton, tr("Delete Account"));
    //: Kept short: a checkbox's text does not wrap
    m_understood->setText(tr("I understand that this cannot be undone"));
}

void DeletionConfirmPage::setAccountId(qint64 accountId)
{
    //: %1 is the account ID
    m_summary->setText(tr("Account %1, its email address, phone number and password are erased, and every "
                          "device is signed out. A confirmation is sent to you.")
                           .arg(accountId));
}

void DeletionConfirmPage::setInputsEnabled(bool enabled)
{
    PasswordSubmitPage::setInputsEnabled(enabled);
    m_understood->setEnabled(enabled);
}

bool DeletionConfirmPage::canSubmit() const
{
    return PasswordSubmitPage::canSubmit() && m_understood->isChecked();
}

void DeletionConfirmPage::submit()
{
    emit deleteRequested(password());
}
