// SPDX-License-Identifier: Apache-2.0
#include "PasswordSubmitPage.h"

#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QLabel>
#include <QVBoxLayout>

PasswordSubmitPage::PasswordSubmitPage(QWidget* parent)
    : SubmitPage(parent)
    , m_passwordLabel(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
{
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_passwordLabel->setBuddy(m_password);
    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_passwordError->clear();
        emit completeChanged();
    });
    setFieldErrors({ m_passwordError });
    Retranslator::follow(this, [this] {
        m_passwordLabel->setText(tr("Account &password:"));
        m_password->setAccessibleName(tr("Account password"));
    });
}

void PasswordSubmitPage::addPasswordRows(QVBoxLayout* layout, int index)
{
    const int at = index < 0 ? layout->count() : index;
    layout->insertWidget(at, m_passwordLabel);
    layout->insertWidget(at + 1, m_password);
    layout->insertWidget(at + 2, m_passwordError);
}

QString PasswordSubmitPage::password() const
{
    return m_password->text();
}

void PasswordSubmitPage::clearPassword()
{
    m_password->clear();
}

void PasswordSubmitPage::initializePage()
{
    m_password->setFocus();
}

bool PasswordSubmitPage::canSubmit() const
{
    return !m_password->text().isEmpty();
}

bool PasswordSubmitPage::showFieldError(const ApiError& error)
{
    clearErrors();
    if (error.field != QLatin1String("password"))
        return false;
    m_passwordError->showError(error);
    m_password->selectAll();
    m_password->setFocus();
    return true;
}

void PasswordSubmitPage::setInputsEnabled(bool enabled)
{
    m_password->setReadOnly(!enabled);
}
