// SPDX-License-Identifier: Apache-2.0
#include "DeletionConfirmPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

DeletionConfirmPage::DeletionConfirmPage(QWidget* parent)
    : SubmitPage(parent)
    , m_summary(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
    , m_understood(new QCheckBox(this))
{
    setObjectName(QStringLiteral("deletionConfirmPage"));
    setCommitPage(true);
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_understood->setObjectName(QStringLiteral("understood"));
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));

    m_labelText = new QLabel(this);
    auto* label = m_labelText;
    label->setBuddy(m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(pageError());
    layout->addWidget(label);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordError);
    layout->addSpacing(8);
    layout->addWidget(m_understood);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_passwordError->clear();
        emit completeChanged();
    });
    connect(m_understood, &QCheckBox::toggled, this, &DeletionConfirmPage::completeChanged);
    setBusyText([] { return tr("Deleting the account…"); });
    setFieldErrors({ m_passwordError });
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
    m_labelText->setText(tr("Account &password:"));
}

void DeletionConfirmPage::setAccountId(qint64 accountId)
{
    //: %1 is the account ID
    m_summary->setText(tr("Account %1, its email address, phone number and password are erased, and every "
                          "device is signed out. A confirmation is sent to you.")
                           .arg(accountId));
}

QString DeletionConfirmPage::password() const
{
    return m_password->text();
}

void DeletionConfirmPage::clearPassword()
{
    m_password->clear();
}

bool DeletionConfirmPage::showFieldError(const ApiError& error)
{
    clearErrors();
    if (error.field != QLatin1String("password"))
        return false;
    m_passwordError->showError(error);
    m_password->selectAll();
    m_password->setFocus();
    return true;
}

void DeletionConfirmPage::setInputsEnabled(bool enabled)
{
    m_password->setReadOnly(!enabled);
    m_understood->setEnabled(enabled);
}

bool DeletionConfirmPage::canSubmit() const
{
    return !m_password->text().isEmpty() && m_understood->isChecked();
}

void DeletionConfirmPage::submit()
{
    emit deleteRequested(m_password->text());
}
