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
    : CaptchaSubmitPage(parent)
    , m_ui(std::make_unique<Ui::RecoveryLoginPage>())
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    addCaptcha(api, m_ui->layout, m_ui->layout->indexOf(m_ui->bottomStretch), QStringLiteral("captchaError"));

    setFieldErrors({ loginEdit()->errorLabel(), captchaError() });
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
    request.captcha = captcha()->answer();
    return request;
}

void RecoveryLoginPage::initializePage()
{
    loadCaptcha();
    // A prefilled login only needs the captcha.
    if (login().isEmpty())
        loginEdit()->focusField();
    else
        focusCaptcha();
}

bool RecoveryLoginPage::checkInput()
{
    clearErrors();
    const bool loginOk = loginEdit()->check();
    const bool captchaOk = checkCaptcha();
    if (!loginOk)
        loginEdit()->focusField();
    else if (!captchaOk)
        focusCaptcha();
    return loginOk && captchaOk;
}

bool RecoveryLoginPage::showFieldError(const ApiError& error)
{
    if (showCaptchaError(error))
        return true;
    const bool loginField = (error.code == ErrorCode::MissingField || error.code == ErrorCode::InvalidField)
        && error.field == QLatin1String("login");
    if (loginField)
        loginEdit()->showError(error);
    return loginField;
}

void RecoveryLoginPage::errorShown(const ApiError&)
{
    // The server checks the login's shape and its rate limit before the captcha and keeps the
    // picture then; any later answer has used it up. A new picture costs nothing: always take one.
    reloadCaptcha();
    if (loginEdit()->hasError())
        loginEdit()->focusField();
    else
        focusCaptcha();
}

void RecoveryLoginPage::setInputsEnabled(bool enabled)
{
    CaptchaSubmitPage::setInputsEnabled(enabled);
    loginEdit()->setInputsEnabled(enabled);
}
