// SPDX-License-Identifier: Apache-2.0
#include "CaptchaSubmitPage.h"

#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "protocol/ApiError.h"

#include <QBoxLayout>
#include <QLineEdit>

CaptchaSubmitPage::CaptchaSubmitPage(QWidget* parent)
    : SubmitPage(parent)
{
}

void CaptchaSubmitPage::addCaptcha(AccountApi* api, QBoxLayout* layout, int index, const QString& errorName)
{
    m_captcha = new CaptchaWidget(api, this);
    m_captchaError = new ErrorLabel(this);
    m_captchaError->setObjectName(errorName);
    layout->insertWidget(index, m_captcha);
    layout->insertWidget(index + 1, m_captchaError);
    connect(m_captcha, &CaptchaWidget::answerEdited, m_captchaError, &ErrorLabel::clear);
}

void CaptchaSubmitPage::reloadCaptcha()
{
    m_captcha->reload();
}

void CaptchaSubmitPage::loadCaptcha()
{
    if (!m_captcha->isLoaded())
        m_captcha->reload();
}

bool CaptchaSubmitPage::checkCaptcha()
{
    return m_captcha->checkAnswer(m_captchaError);
}

void CaptchaSubmitPage::focusCaptcha()
{
    m_captcha->answerEdit()->setFocus();
}

bool CaptchaSubmitPage::showCaptchaError(const ApiError& error)
{
    const bool captchaField = (error.code == ErrorCode::MissingField || error.code == ErrorCode::InvalidField)
        && error.field.startsWith(QLatin1String("captcha"));
    if (error.code != ErrorCode::CaptchaRequired && error.code != ErrorCode::CaptchaWrong && !captchaField)
        return false;
    m_captchaError->showError(error);
    return true;
}

void CaptchaSubmitPage::setInputsEnabled(bool enabled)
{
    SubmitPage::setInputsEnabled(enabled);
    m_captcha->setBusy(!enabled);
}
