// SPDX-License-Identifier: Apache-2.0
#include "TwoStepCodePage.h"

#include "BusyIndicator.h"
#include "CaptchaWidget.h"
#include "CodeEntryPage.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "WrappedLabel.h"
#include "protocol/ApiError.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// Backup codes are letters, digits and dashes; 32 is the most the server takes.
constexpr int kBackupMaxLength = 32;
} // namespace

TwoStepCodePage::TwoStepCodePage(QWidget* parent)
    : SubmitPage(parent)
    , m_hint(new WrappedLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_backupLabel(new QLabel(this))
    , m_backup(new QLineEdit(this))
    , m_codeError(new ErrorLabel(this))
    , m_switch(new QPushButton(this))
    , m_captchaError(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("twoStepCodePage"));
    m_hint->setObjectName(QStringLiteral("twoStepHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_code->setObjectName(QStringLiteral("twoStepCode"));
    m_backup->setObjectName(QStringLiteral("backupCode"));
    m_codeError->setObjectName(QStringLiteral("twoStepCodeError"));
    m_switch->setObjectName(QStringLiteral("useBackupCode"));
    m_captchaError->setObjectName(QStringLiteral("captchaError"));
    // A way to answer differently, not the page's action: link-like, and Enter still means Next.
    m_switch->setFlat(true);
    m_switch->setCursor(Qt::PointingHandCursor);
    m_switch->setAutoDefault(false);

    // The same large, spaced digits as the email or SMS code.
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.6);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(codeFont);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setMaximumWidth(260);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    QFont backupFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    backupFont.setPointSizeF(font().pointSizeF() * 1.3);
    m_backup->setFont(backupFont);
    m_backup->setMaximumWidth(320);
    m_backup->setMaxLength(kBackupMaxLength);
    m_backup->setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_codeLabel->setBuddy(m_code);
    m_backupLabel->setBuddy(m_backup);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(m_hint);
    layout->addSpacing(8);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_code);
    layout->addWidget(m_backupLabel);
    layout->addWidget(m_backup);
    layout->addWidget(m_codeError);
    layout->addSpacing(4);
    layout->addWidget(m_switch, 0, Qt::AlignLeft);
    layout->addSpacing(6);
    layout->addWidget(m_captchaError);
    // The captcha goes here (showCaptcha), under the code.
    layout->addStretch();
    layout->addWidget(busyIndicator());

    connect(m_code, &QLineEdit::textEdited, this, &TwoStepCodePage::filterDigits);
    connect(m_backup, &QLineEdit::textEdited, m_codeError, &ErrorLabel::clear);
    connect(m_switch, &QPushButton::clicked, this, [this] { setBackupMode(!m_backupMode); });
    setBusyText([] { return tr("Checking the code…"); });
    setFieldErrors({ m_codeError, m_captchaError });
    setBackupMode(false);
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void TwoStepCodePage::retranslateUi()
{
    setTitle(tr("Two-step verification"));
    //: Kept short: the wizard's header has room for about one line
    setSubTitle(tr("Confirm that it is you with a second step."));
    //: Label of the field for the code the authenticator app shows
    m_codeLabel->setText(tr("Co&de"));
    m_code->setAccessibleName(tr("Code from the authenticator app"));
    m_backupLabel->setText(tr("Backup co&de"));
    m_backup->setAccessibleName(tr("Backup code"));
    renderMode();
}

void TwoStepCodePage::renderMode()
{
    if (m_backupMode) {
        m_hint->setText(tr("Enter one of the backup codes you saved when you turned on two-step "
                           "verification. Each of them works once."));
        //: Switches the two-step page back from a backup code to the app's code
        m_switch->setText(tr("&Use the code from the app"));
    } else {
        m_hint->setText(tr("Open your authenticator app and enter the %n-digit code it shows for this "
                           "account.",
                           nullptr, m_digits));
        //: For when the phone with the authenticator app is not at hand
        m_switch->setText(tr("&Use a backup code"));
    }
    m_code->setPlaceholderText(QString(m_digits, QLatin1Char('0')));
}

void TwoStepCodePage::showCaptcha(AccountApi* api, const ApiError& reason)
{
    if (!m_captcha) {
        m_captcha = new CaptchaWidget(api, this);
        m_captcha->setObjectName(QStringLiteral("twoStepCaptcha"));
        auto* box = static_cast<QVBoxLayout*>(layout());
        // Under why it is asked (or what was wrong with the last answer).
        box->insertWidget(box->indexOf(m_captchaError) + 1, m_captcha);
        connect(m_captcha, &CaptchaWidget::answerEdited, m_captchaError, &ErrorLabel::clear);
    }
    m_captcha->setVisible(true);
    m_captchaError->showNotice(reason ? reason : ApiError(ErrorCode::CaptchaRequired));
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
    m_switch->setVisible(allowed);
}

void TwoStepCodePage::setDigits(int digits)
{
    m_digits = qBound(6, digits, 10);
    renderMode();
}

void TwoStepCodePage::reset()
{
    m_code->clear();
    m_backup->clear();
    clearErrors();
    setBackupMode(false);
}

void TwoStepCodePage::setBackupMode(bool backup)
{
    m_backupMode = backup && m_backupAllowed;
    m_codeLabel->setVisible(!m_backupMode);
    m_code->setVisible(!m_backupMode);
    m_backupLabel->setVisible(m_backupMode);
    m_backup->setVisible(m_backupMode);
    m_codeError->clear();
    renderMode();
    // Only when shown: the page's first focus is initializePage()'s business.
    if (isVisible())
        currentEdit()->setFocus();
}

QLineEdit* TwoStepCodePage::currentEdit() const
{
    return m_backupMode ? m_backup : m_code;
}

QString TwoStepCodePage::code() const
{
    if (!m_backupMode)
        return m_code->text();
    QString backup = m_backup->text();
    backup.remove(QLatin1Char(' '));
    return backup;
}

void TwoStepCodePage::filterDigits()
{
    CodeEntryPage::keepDigits(m_code, m_digits);
    m_codeError->clear();
}

void TwoStepCodePage::initializePage()
{
    clearErrors();
    currentEdit()->setFocus();
}

bool TwoStepCodePage::checkInput()
{
    m_codeError->clear();
    const QString typed = code();
    if (typed.isEmpty()) {
        m_codeError->showMessage(m_backupMode ? tr("Enter one of your backup codes.")
                                              : tr("Enter the code from your authenticator app."));
        currentEdit()->setFocus();
        return false;
    }
    if (!m_backupMode && typed.size() < m_digits) {
        m_codeError->showMessage(tr("The code has %n digits.", nullptr, m_digits));
        m_code->setFocus();
        return false;
    }
    m_captchaError->clear();
    if (hasCaptcha() && !m_captcha->checkAnswer(m_captchaError)) {
        if (m_captcha->isLoaded())
            m_captcha->answerEdit()->setFocus();
        return false;
    }
    return true;
}

void TwoStepCodePage::setInputsEnabled(bool enabled)
{
    // Read-only rather than disabled: what was typed stays readable and selectable while it is checked.
    m_code->setReadOnly(!enabled);
    m_backup->setReadOnly(!enabled);
    m_switch->setEnabled(enabled);
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
        m_captchaError->showError(error);
        return true;
    case ErrorCode::CodeWrong:
    case ErrorCode::CodeExpired:
    case ErrorCode::CodeAttemptsExceeded:
        m_codeError->showError(error); // with "%n attempt(s) left" when the server says
        break;
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField:
        if (!error.field.contains(QLatin1String("code"), Qt::CaseInsensitive)
            && !error.field.startsWith(QLatin1String("twoStep")))
            return false;
        m_codeError->showError(error);
        break;
    case ErrorCode::TwoStepRequired:
        // Asked again after a code was sent: that code was not taken (wrong, or already used).
        m_codeError->showError(error, tr("The code you entered was not accepted."));
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
