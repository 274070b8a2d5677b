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
    : CaptchaSubmitPage(parent)
    , m_ui(std::make_unique<Ui::CaptchaPage>())
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    addCaptcha(api, m_ui->layout, m_ui->layout->indexOf(m_ui->bottomStretch), QStringLiteral("answerError"));

    setBusyText([] { return tr("Signing in…"); });
    setFieldErrors({ captchaError() });
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
    return captcha()->answer();
}

void CaptchaPage::initializePage()
{
    clearErrors();
    reloadCaptcha();
    focusCaptcha();
}

bool CaptchaPage::showFieldError(const ApiError& error)
{
    if (!showCaptchaError(error))
        return false;
    m_ui->captchaReason->clear();
    return true;
}

void CaptchaPage::errorShown(const ApiError&)
{
    reloadCaptcha();
    focusCaptcha();
}

bool CaptchaPage::checkInput()
{
    captchaError()->clear();
    const bool ok = checkCaptcha();
    if (!ok && captcha()->isLoaded())
        focusCaptcha();
    return ok;
}
