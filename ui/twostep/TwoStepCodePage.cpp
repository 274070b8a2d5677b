// SPDX-License-Identifier: Apache-2.0
#include "TwoStepCodePage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_TwoStepCodePage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TwoStepCodePage::TwoStepCodePage(QWidget* parent)
    : SubmitPage(parent)
    , m_ui(std::make_unique<Ui::TwoStepCodePage>())
{
    m_ui->setupUi(this);
    // The base class's widgets: the page's error above the form, the busy indicator at the bottom.
    frameLayout(m_ui->layout);

    // The same large, spaced digits as the email or SMS code.
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.6);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_ui->twoStepCode->setFont(codeFont);
    QFont backupFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    backupFont.setPointSizeF(font().pointSizeF() * 1.3);
    m_ui->backupCode->setFont(backupFont);

    connect(m_ui->twoStepCode, &QLineEdit::textEdited, this, &TwoStepCodePage::filterDigits);
    connect(m_ui->backupCode, &QLineEdit::textEdited, m_ui->twoStepCodeError, &ErrorLabel::clear);
    connect(m_ui->useBackupCode, &QPushButton::clicked, this, [this] { setBackupMode(!m_backupMode); });
    setBusyText([] { return tr("Checking the code…"); });
    setFieldErrors({ m_ui->twoStepCodeError, m_ui->captchaError });
    setBackupMode(false);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

TwoStepCodePage::~TwoStepCodePage() = default;

QLineEdit* TwoStepCodePage::codeEdit() const
{
    return m_ui->twoStepCode;
}

QLineEdit* TwoStepCodePage::backupEdit() const
{
    return m_ui->backupCode;
}

QPushButton* TwoStepCodePage::switchButton() const
{
    return m_ui->useBackupCode;
}

ErrorLabel* TwoStepCodePage::codeError() const
{
    return m_ui->twoStepCodeError;
}

QLabel* TwoStepCodePage::hintLabel() const
{
    return m_ui->twoStepHint;
}

ErrorLabel* TwoStepCodePage::captchaError() const
{
    return m_ui->captchaError;
}

void TwoStepCodePage::retranslateUi()
{
    m_ui->retranslateUi(this);
    renderMode();
}

void TwoStepCodePage::renderMode()
{
    if (m_backupMode) {
        m_ui->twoStepHint->setText(tr("Enter one of the backup codes you saved when you turned on two-step "
                                      "verification. Each of them works once."));
        //: Switches the two-step page back from a backup code to the app's code
        m_ui->useBackupCode->setText(tr("&Use the code from the app"));
    } else {
        m_ui->twoStepHint->setText(
            tr("Open your authenticator app and enter the %n-digit code it shows for this "
               "account.",
               nullptr, m_digits));
        //: For when the phone with the authenticator app is not at hand
        m_ui->useBackupCode->setText(tr("&Use a backup code"));
    }
    m_ui->twoStepCode->setPlaceholderText(QString(m_digits, QLatin1Char('0')));
}

void TwoStepCodePage::showCaptcha(AccountApi* api, const ApiError& reason)
{
    if (!m_captcha) {
        m_captcha = new CaptchaWidget(api, this);
        m_captcha->setObjectName(QStringLiteral("twoStepCaptcha"));
        // Under why it is asked (or what was wrong with the last answer).
        m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->captchaError) + 1, m_captcha);
        connect(m_captcha, &CaptchaWidget::answerEdited, m_ui->captchaError, &ErrorLabel::clear);
    }
    m_captcha->setVisible(true);
    m_ui->captchaError->showNotice(reason ? reason : ApiError(ErrorCode::CaptchaRequired));
    m_captcha->reload();
}

bool TwoStepCodePage::hasCaptcha() const
{
    return m_captcha && !m_captcha->isHidden();
}

CaptchaAnswer TwoStepCodePage::captchaAnswer() const
{
    return hasCaptcha() ? m_captcha->answer() : CaptchaAnswer();
}

void TwoStepCodePage::setBackupAllowed(bool allowed)
{
    m_backupAllowed = allowed;
    if (!allowed)
        setBackupMode(false);
    m_ui->useBackupCode->setVisible(allowed);
}

void TwoStepCodePage::setDigits(int digits)
{
    m_digits = qBound(6, digits, 10);
    renderMode();
}

void TwoStepCodePage::reset()
{
    m_ui->twoStepCode->clear();
    m_ui->backupCode->clear();
    clearErrors();
    setBackupMode(false);
}

void TwoStepCodePage::setBackupMode(bool backup)
{
    m_backupMode = backup && m_backupAllowed;
    m_ui->twoStepCodeLabel->setVisible(!m_backupMode);
    m_ui->twoStepCode->setVisible(!m_backupMode);
    m_ui->backupCodeLabel->setVisible(m_backupMode);
    m_ui->backupCode->setVisible(m_backupMode);
    m_ui->twoStepCodeError->clear();
    renderMode();
    // Only when shown: the page's first focus is initializePage()'s business.
    if (isVisible())
        currentEdit()->setFocus();
}

QLineEdit* TwoStepCodePage::currentEdit() const
{
    return m_backupMode ? m_ui->backupCode : m_ui->twoStepCode;
}

QString TwoStepCodePage::code() const
{
    if (!m_backupMode)
        return m_ui->twoStepCode->text();
    QString backup = m_ui->backupCode->text();
    backup.remove(QLatin1Char(' '));
    return backup;
}

void TwoStepCodePage::filterDigits()
{
    CodeEntryPage::keepDigits(m_ui->twoStepCode, m_digits);
    m_ui->twoStepCodeError->clear();
}

void TwoStepCodePage::initializePage()
{
    clearErrors();
    currentEdit()->setFocus();
}

bool TwoStepCodePage::checkInput()
{
    m_ui->twoStepCodeError->clear();
    const QString typed = code();
    if (typed.isEmpty()) {
        m_ui->twoStepCodeError->showMessage(m_backupMode ? tr("Enter one of your backup codes.")
                                                         : tr("Enter the code from your authenticator app."));
        currentEdit()->setFocus();
        return false;
    }
    if (!m_backupMode && typed.size() < m_digits) {
        m_ui->twoStepCodeError->showMessage(tr("The code has %n digits.", nullptr, m_digits));
        m_ui->twoStepCode->setFocus();
        return false;
    }
    m_ui->captchaError->clear();
    if (hasCaptcha() && !m_captcha->checkAnswer(m_ui->captchaError)) {
        if (m_captcha->isLoaded())
            m_captcha->answerEdit()->setFocus();
        return false;
    }
    return true;
}

void TwoStepCodePage::setInputsEnabled(bool enabled)
{
    // Read-only rather than disabled: what was typed stays readable and selectable while it is checked.
    m_ui->twoStepCode->setReadOnly(!enabled);
    m_ui->backupCode->setReadOnly(!enabled);
    m_ui->useBackupCode->setEnabled(enabled);
    if (m_captcha)
        m_captcha->setBusy(!enabled);
}

bool TwoStepCodePage::showFieldError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::CaptchaRequired:
    case ErrorCode::CaptchaWrong:
        if (!hasCaptcha())
            return false; // the owner shows the captcha first (showCaptcha)
        m_ui->captchaError->showError(error);
        return true;
    case ErrorCode::CodeWrong:
    case ErrorCode::CodeExpired:
    case ErrorCode::CodeAttemptsExceeded:
        m_ui->twoStepCodeError->showError(error); // with "%n attempt(s) left" when the server says
        break;
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField:
        if (!error.field.contains(QLatin1String("code"), Qt::CaseInsensitive)
            && !error.field.startsWith(QLatin1String("twoStep")))
            return false;
        m_ui->twoStepCodeError->showError(error);
        break;
    case ErrorCode::TwoStepRequired:
        // Asked again after a code was sent: that code was not taken (wrong, or already used).
        m_ui->twoStepCodeError->showError(error, tr("The code you entered was not accepted."));
        break;
    default:
        return false;
    }
    // What was typed stays, selected: one look shows a typo, and typing replaces it.
    currentEdit()->setFocus();
    currentEdit()->selectAll();
    return true;
}

void TwoStepCodePage::errorShown(const ApiError& error)
{
    // Every picture is good for one attempt, whatever its answer was.
    if (hasCaptcha()) {
        m_captcha->reload();
        if (error.code == ErrorCode::CaptchaWrong || error.code == ErrorCode::CaptchaRequired)
            m_captcha->answerEdit()->setFocus();
    }
}

void TwoStepCodePage::busyEnded()
{
    if (isVisible())
        currentEdit()->setFocus();
}
