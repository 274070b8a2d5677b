// SPDX-License-Identifier: Apache-2.0
#include "RecoveryLoginPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

RecoveryLoginPage::RecoveryLoginPage(AccountApi* api, QWidget* parent)
    : SubmitPage(parent)
    , m_explanation(new QLabel(this))
    , m_login(new LoginIdentifierEdit(this))
    , m_captcha(new CaptchaWidget(api, this))
    , m_captchaError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("recoveryLoginPage"));
    // The subtitle stays short: the wizard's header shows two lines at most, so the explanation
    // goes into the page, where a long translation can wrap.
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_captchaError->setObjectName(QStringLiteral("captchaError"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(m_explanation);
    layout->addSpacing(4);
    layout->addWidget(m_login);
    layout->addSpacing(8);
    layout->addWidget(m_captcha);
    layout->addWidget(m_captchaError);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_captcha, &CaptchaWidget::answerEdited, m_captchaError, &ErrorLabel::clear);
    setFieldErrors({ m_login->errorLabel(), m_captchaError });
    setBusyText([] { return tr("Checking the details…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void RecoveryLoginPage::retranslateUi()
{
    setTitle(tr("Forgot your password?"));
    //: Subtitle of the recovery's first page (the title asks "Forgot your password?")
    setSubTitle(tr("Which account is it?"));
    m_explanation->setText(tr("Enter the email address, phone number or account ID of your account. We "
                              "will send a code to confirm that it is yours."));
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
        m_login->focusField();
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
    const bool loginOk = m_login->check();
    const bool captchaOk = m_captcha->checkAnswer(m_captchaError);
    if (!loginOk)
        m_login->focusField();
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
            m_login->showError(error);
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
    if (m_login->hasError())
        m_login->focusField();
    else
        m_captcha->answerEdit()->setFocus();
}

void RecoveryLoginPage::setInputsEnabled(bool enabled)
{
    m_login->setInputsEnabled(enabled);
    m_captcha->setBusy(!enabled);
}
