// SPDX-License-Identifier: Apache-2.0
#include "CaptchaPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CaptchaPage::CaptchaPage(AccountApi* api, QWidget* parent)
    : SubmitPage(parent)
    , m_explanation(new QLabel(this))
    , m_reason(new ErrorLabel(this))
    , m_captcha(new CaptchaWidget(api, this))
    , m_answerError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("captchaPage"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("captchaReason"));
    m_answerError->setObjectName(QStringLiteral("answerError"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(m_explanation);
    layout->addWidget(m_reason);
    layout->addSpacing(4);
    layout->addWidget(m_captcha);
    layout->addWidget(m_answerError);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_captcha, &CaptchaWidget::answerEdited, m_answerError, &ErrorLabel::clear);
    setBusyText([] { return tr("Signing in…"); });
    setFieldErrors({ m_answerError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void CaptchaPage::retranslateUi()
{
    setTitle(tr("Confirm that you are a person"));
    // Short: the wizard's header shows two lines at most; the why goes into the page.
    setSubTitle(tr("Type the characters from the picture."));
    m_explanation->setText(tr("There were several unsuccessful attempts to sign in to this account. "
                              "Type the characters you see in the picture."));
}

void CaptchaPage::setReason(const ApiError& error)
{
    m_reason->showNotice(error);
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
    m_reason->clear();
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
