// SPDX-License-Identifier: Apache-2.0
#include "TwoStepPasswordPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "WrappedLabel.h"
#include "protocol/ApiError.h"

#include <QLabel>
#include <QVBoxLayout>

TwoStepPasswordPage::TwoStepPasswordPage(QWidget* parent)
    : SubmitPage(parent)
    , m_intro(new WrappedLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("twoStepPasswordPage"));
    m_intro->setObjectName(QStringLiteral("twoStepIntro"));
    m_intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_passwordLabel->setBuddy(m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addWidget(pageError());
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordError);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_password, &QLineEdit::textChanged, this, [this] {
        m_passwordError->clear();
        emit completeChanged();
    });
    setBusyText([] { return tr("Checking the password…"); });
    setFieldErrors({ m_passwordError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void TwoStepPasswordPage::retranslateUi()
{
    setTitle(tr("Turn on two-step verification"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("A stolen password alone will no longer get anyone in."));
    m_intro->setText(tr("With two-step verification on, signing in asks for your password and then for "
                        "a code from an authenticator app on your phone. The code changes every 30 "
                        "seconds, so someone who learns your password still cannot sign in.\n\n"
                        "You need a phone with an authenticator app. Enter your account password to "
                        "begin."));
    m_passwordLabel->setText(tr("Account &password:"));
    m_password->setAccessibleName(tr("Account password"));
}

QString TwoStepPasswordPage::password() const
{
    return m_password->text();
}

void TwoStepPasswordPage::clearPassword()
{
    m_password->clear();
}

void TwoStepPasswordPage::initializePage()
{
    m_password->setFocus();
}

bool TwoStepPasswordPage::canSubmit() const
{
    return !m_password->text().isEmpty();
}

void TwoStepPasswordPage::submit()
{
    emit passwordEntered(m_password->text());
}

bool TwoStepPasswordPage::showFieldError(const ApiError& error)
{
    if (error.field != QLatin1String("password"))
        return false;
    m_passwordError->showError(error);
    m_password->selectAll();
    m_password->setFocus();
    return true;
}

void TwoStepPasswordPage::setInputsEnabled(bool enabled)
{
    m_password->setReadOnly(!enabled);
}
