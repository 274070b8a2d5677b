#include "CaptchaPage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "ErrorLabel.h"
#include "LoginWizard.h"
#include "protocol/ApiError.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

CaptchaPage::CaptchaPage(AccountApi* api, LoginWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_explanation(new QLabel(this))
    , m_reason(new ErrorLabel(this))
    , m_pageError(new ErrorLabel(this))
    , m_captcha(new CaptchaWidget(api, this))
    , m_answerError(new ErrorLabel(this))
    , m_busy(new BusyIndicator(this))
{
    setObjectName(QStringLiteral("captchaPage"));
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("captchaReason"));
    m_pageError->setObjectName(QStringLiteral("pageError"));
    m_answerError->setObjectName(QStringLiteral("answerError"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(m_pageError);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reason);
    layout->addSpacing(4);
    layout->addWidget(m_captcha);
    layout->addWidget(m_answerError);
    layout->addStretch();
    layout->addWidget(m_busy);

    connect(m_captcha, &CaptchaWidget::answerEdited, m_answerError, &ErrorLabel::clear);
    retranslateUi();
}

void CaptchaPage::changeEvent(QEvent* event)
{
    QWizardPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
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

void CaptchaPage::initializePage()
{
    m_pageError->clear();
    m_answerError->clear();
    m_captcha->reload();
    m_captcha->answerEdit()->setFocus();
}

void CaptchaPage::showError(const ApiError& error)
{
    if (error.code == ErrorCode::CaptchaWrong || error.code == ErrorCode::CaptchaRequired) {
        m_reason->clear();
        m_answerError->showError(error);
    } else {
        m_pageError->showError(error);
    }
    m_captcha->reload();
    m_captcha->answerEdit()->setFocus();
}

void CaptchaPage::setBusy(bool busy)
{
    m_isBusy = busy;
    m_captcha->setBusy(busy);
    if (busy) {
        m_pageError->clear();
        m_answerError->clear();
        m_busy->start(tr("Signing in…"));
    } else {
        m_busy->stop();
    }
    emit completeChanged();
}

bool CaptchaPage::isComplete() const
{
    return !m_isBusy;
}

bool CaptchaPage::validatePage()
{
    m_answerError->clear();
    if (!m_captcha->isLoaded()) {
        m_answerError->showMessage(
            tr("The picture has not loaded yet. Wait a moment or get another picture."));
        return false;
    }
    if (m_captcha->answer().answer.isEmpty()) {
        m_answerError->showMessage(tr("Type the characters from the picture."));
        m_captcha->answerEdit()->setFocus();
        return false;
    }
    m_wizard->signIn(m_captcha->answer());
    return false;
}
