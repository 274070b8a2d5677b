// SPDX-License-Identifier: Apache-2.0
#include "LoginPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LoginPage::LoginPage(QWidget* parent)
    : SubmitPage(parent)
    , m_methodLabel(new QLabel(this))
    , m_login(new LoginIdentifierEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new PasswordEdit(this))
    , m_passwordError(new ErrorLabel(this))
    , m_createAccount(new QPushButton(this))
    , m_forgotPassword(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginPage"));
    m_passwordError->setObjectName(QStringLiteral("passwordError"));
    m_password->setObjectName(QStringLiteral("password"));
    m_passwordLabel->setBuddy(m_password);
    m_login->setChoiceSpacing(8);

    // Link-like buttons: ways out of this dialog, not its main action.
    m_createAccount->setObjectName(QStringLiteral("createAccount"));
    m_forgotPassword->setObjectName(QStringLiteral("forgotPassword"));
    for (QPushButton* link : { m_createAccount, m_forgotPassword }) {
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        link->setAutoDefault(false);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(m_methodLabel);
    layout->addWidget(m_login);
    layout->addSpacing(8);
    layout->addWidget(m_passwordLabel);
    layout->addWidget(m_password);
    layout->addWidget(m_passwordError);
    layout->addSpacing(4);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_forgotPassword);
    linkRow->addStretch();
    linkRow->addWidget(m_createAccount);
    layout->addLayout(linkRow);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_createAccount, &QPushButton::clicked, this, &LoginPage::createAccountRequested);
    connect(m_forgotPassword, &QPushButton::clicked, this, &LoginPage::forgotPasswordRequested);
    connect(m_password, &QLineEdit::textEdited, m_passwordError, &ErrorLabel::clear);
    setFieldErrors({ m_login->errorLabel(), m_passwordError });
    // The method and its field, the password, then the ways out, as the page reads.
    setTabOrder(m_login->lastField(), m_password);
    setTabOrder(m_password, m_forgotPassword);
    setTabOrder(m_forgotPassword, m_createAccount);
    setBusyText([] { return tr("Signing in…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void LoginPage::retranslateUi()
{
    setTitle(tr("Sign in to your account"));
    setSubTitle(tr("Use the email address, phone number or account ID of your account, and its password."));
    m_methodLabel->setText(tr("Sign in with:"));
    m_passwordLabel->setText(tr("&Password"));
    //: On the sign-in page, for people who have no account yet
    m_createAccount->setText(tr("No account? &Create one"));
    //: Under the password on the sign-in page (the guide's «Забыли пароль?»)
    m_forgotPassword->setText(tr("&Forgot password?"));
}

void LoginPage::prefill(const LoginIdentity& identity)
{
    m_login->setIdentity(identity);
    m_password->setFocus();
}

QString LoginPage::password() const
{
    return m_password->text();
}

bool LoginPage::checkInput()
{
    clearErrors();
    bool ok = m_login->check();
    if (m_password->text().isEmpty()) {
        m_passwordError->showMessage(tr("Enter your password."));
        ok = false;
    }
    // Take the user to the first field that needs attention.
    if (m_login->hasError())
        m_login->focusField();
    else if (!ok)
        m_password->setFocus();
    return ok;
}

bool LoginPage::showFieldError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::InvalidCredentials:
        m_passwordError->showError(error);
        m_password->setFocus();
        m_password->selectAll();
        return true;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (error.field == QLatin1String("password"))
            m_passwordError->showError(error);
        else if (error.field == QLatin1String("login"))
            m_login->showError(error);
        else
            return false;
        return true;
    default:
        return false;
    }
}

void LoginPage::setInputsEnabled(bool enabled)
{
    m_login->setInputsEnabled(enabled);
    m_password->setEnabled(enabled);
    m_createAccount->setEnabled(enabled);
    m_forgotPassword->setEnabled(enabled);
}
