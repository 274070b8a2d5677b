// SPDX-License-Identifier: Apache-2.0
#include "LoginPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "PasswordEdit.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_LoginPage.h"

#include <QPushButton>

LoginPage::LoginPage(QWidget* parent)
    : SubmitPage(parent)
    , m_ui(std::make_unique<Ui::LoginPage>())
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    m_ui->loginIdentifier->setChoiceSpacing(8);

    connect(m_ui->createAccount, &QPushButton::clicked, this, &LoginPage::createAccountRequested);
    connect(m_ui->forgotPassword, &QPushButton::clicked, this, &LoginPage::forgotPasswordRequested);
    connect(m_ui->password, &QLineEdit::textEdited, m_ui->passwordError, &ErrorLabel::clear);
    setFieldErrors({ loginEdit()->errorLabel(), m_ui->passwordError });
    // The method and its field, the password, then the ways out, as the page reads.
    setTabOrder(loginEdit()->lastField(), m_ui->password);
    setTabOrder(m_ui->password, m_ui->forgotPassword);
    setTabOrder(m_ui->forgotPassword, m_ui->createAccount);
    setBusyText([] { return tr("Signing in…"); });
    // Every text is fixed: the form's own retranslateUi() is all a language change needs.
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

LoginPage::~LoginPage() = default;

LoginIdentifierEdit* LoginPage::loginEdit() const
{
    return m_ui->loginIdentifier;
}

PasswordEdit* LoginPage::passwordEdit() const
{
    return m_ui->password;
}

ErrorLabel* LoginPage::passwordError() const
{
    return m_ui->passwordError;
}

QPushButton* LoginPage::createAccountButton() const
{
    return m_ui->createAccount;
}

QPushButton* LoginPage::forgotPasswordButton() const
{
    return m_ui->forgotPassword;
}

void LoginPage::prefill(const LoginIdentity& identity)
{
    loginEdit()->setIdentity(identity);
    m_ui->password->setFocus();
}

QString LoginPage::password() const
{
    return m_ui->password->text();
}

bool LoginPage::checkInput()
{
    clearErrors();
    bool ok = loginEdit()->check();
    if (m_ui->password->text().isEmpty()) {
        m_ui->passwordError->showMessage(tr("Enter your password."));
        ok = false;
    }
    // Take the user to the first field that needs attention.
    if (loginEdit()->hasError())
        loginEdit()->focusField();
    else if (!ok)
        m_ui->password->setFocus();
    return ok;
}

bool LoginPage::showFieldError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::InvalidCredentials:
        m_ui->passwordError->showError(error);
        m_ui->password->setFocus();
        m_ui->password->selectAll();
        return true;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (error.field == QLatin1String("password"))
            m_ui->passwordError->showError(error);
        else if (error.field == QLatin1String("login"))
            loginEdit()->showError(error);
        else
            return false;
        return true;
    default:
        return false;
    }
}

void LoginPage::setInputsEnabled(bool enabled)
{
    loginEdit()->setInputsEnabled(enabled);
    m_ui->password->setEnabled(enabled);
    m_ui->createAccount->setEnabled(enabled);
    m_ui->forgotPassword->setEnabled(enabled);
}
