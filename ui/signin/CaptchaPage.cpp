// SPDX-License-Identifier: Apache-2.0
#include "CaptchaPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_CaptchaPage.h"

#include <QLineEdit>

CaptchaPage::CaptchaPage(AccountApi* api, QWidget* parent)
    : SubmitPage(parent)
    , m_ui(std::make_unique<Ui::CaptchaPage>())
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    m_captcha = insertCaptcha(api, m_ui->layout, m_ui->layout->indexOf(m_ui->bottomStretch),
                              QStringLiteral("answerError"), &m_answerError);

    setBusyText([] { return tr("Signing in…"); });
    setFieldErrors({ m_answerError });
    // Every text is fixed: the form's own retranslateUi() is all a language change needs.
    Retranslator::follow(this, [this] { m_ui->retranslateUi(this); });
}

CaptchaPage::~CaptchaPage() = default;

ErrorLabel* CaptchaPage::reasonLabel() const
{
    return m_ui->captchaReason;
}

void CaptchaPage::setReason(const ApiError& error)
{
    m_ui->captchaReason->showNotice(error);
}

CaptchaAnswer CaptchaPage::answer() const
{
    return m_captcha->answer();
}

void CaptchaPage::initializePage()
{
    clearErrors();
    m_captcha->reload();
    m_captcha->answerEdit()->setFocus();
}

bool CaptchaPage::showFieldError(const ApiError& error)
{
    if (error.code != ErrorCode::CaptchaWrong && error.code != ErrorCode::CaptchaRequired)
        return false;
    m_ui->captchaReason->clear();
    m_answerError->showError(error);
    return true;
}

void CaptchaPage::errorShown(const ApiError&)
{
    m_captcha->reload();
    m_captcha->answerEdit()->setFocus();
}

void CaptchaPage::setInputsEnabled(bool enabled)
{
    m_captcha->setBusy(!enabled);
}

bool CaptchaPage::checkInput()
{
    m_answerError->clear();
    const bool ok = m_captcha->checkAnswer(m_answerError);
    if (!ok && m_captcha->isLoaded())
        m_captcha->answerEdit()->setFocus();
    return ok;
}
