// SPDX-License-Identifier: Apache-2.0
#include "RecoveryLoginPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_RecoveryLoginPage.h"

#include <QLineEdit>

RecoveryLoginPage::RecoveryLoginPage(AccountApi* api, QWidget* parent)
    : SubmitPage(parent)
    , m_ui(std::make_unique<Ui::RecoveryLoginPage>())
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    m_captcha = insertCaptcha(api, m_ui->layout, m_ui->layout->indexOf(m_ui->bottomStretch),
                              QStringLiteral("captchaError"), &m_captchaError);

    setFieldErrors({ loginEdit()->errorLabel(), m_captchaError });
    setBusyText([] { return tr("Checking the details…"); });
    // Every text is fixed: the form's own retranslateUi() is all a language change needs.
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

RecoveryLoginPage::~RecoveryLoginPage() = default;

LoginIdentifierEdit* RecoveryLoginPage::loginEdit() const
{
    return m_ui->loginIdentifier;
}

StartRecoveryRequest RecoveryLoginPage::request() const
{
    StartRecoveryRequest request;
    request.login = login();
    request.captcha = m_captcha->answer();
    return request;
}

void RecoveryLoginPage::initializePage()
{
    if (!m_captcha->isLoaded())
        m_captcha->reload();
    // A prefilled login only needs the captcha.
    if (login().isEmpty())
        loginEdit()->focusField();
    else
        m_captcha->answerEdit()->setFocus();
}

void RecoveryLoginPage::reloadCaptcha()
{
    m_captcha->reload();
}

bool RecoveryLoginPage::checkInput()
{
    clearErrors();
    const bool loginOk = loginEdit()->check();
    const bool captchaOk = m_captcha->checkAnswer(m_captchaError);
    if (!loginOk)
        loginEdit()->focusField();
    else if (!captchaOk)
        m_captcha->answerEdit()->setFocus();
    return loginOk && captchaOk;
}

bool RecoveryLoginPage::showFieldError(const ApiError& error)
{
    const bool captchaField = error.field.startsWith(QLatin1String("captcha"));
    switch (error.code) {
    case ErrorCode::CaptchaRequired:
    case ErrorCode::CaptchaWrong:
        m_captchaError->showError(error);
        return true;
    case ErrorCode::MissingField:
    case ErrorCode::InvalidField:
        if (error.field == QLatin1String("login"))
            loginEdit()->showError(error);
        else if (captchaField)
            m_captchaError->showError(error);
        else
            return false;
        return true;
    default:
        return false;
    }
}

void RecoveryLoginPage::errorShown(const ApiError&)
{
    // The server checks the login's shape and its rate limit before the captcha and keeps the
    // picture then; any later answer has used it up. A new picture costs nothing: always take one.
    m_captcha->reload();
    if (loginEdit()->hasError())
        loginEdit()->focusField();
    else
        m_captcha->answerEdit()->setFocus();
}

void RecoveryLoginPage::setInputsEnabled(bool enabled)
{
    loginEdit()->setInputsEnabled(enabled);
    m_captcha->setBusy(!enabled);
}
