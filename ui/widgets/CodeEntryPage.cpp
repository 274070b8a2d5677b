// SPDX-License-Identifier: Apache-2.0
#include "CodeEntryPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"
#include "ui_CodeEntryPage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QWizard>

CodeEntryPage::CodeEntryPage(QWidget* parent)
    : SubmitPage(parent)
    , m_ui(std::make_unique<Ui::CodeEntryPage>())
    , m_tick(new QTimer(this))
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);
    m_ui->resendCountdown->setForegroundRole(QPalette::PlaceholderText);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.6);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_ui->code->setFont(codeFont);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CodeEntryPage::updateCountdown);
    connect(m_ui->code, &QLineEdit::textEdited, this, &CodeEntryPage::filterCode);
    connect(m_ui->resendCode, &QPushButton::clicked, this, [this] {
        pageError()->clear();
        m_ui->codeError->clear();
        emit resendRequested();
    });
    setBusyText([] { return tr("Checking the code…"); });
    setFieldErrors({ m_ui->codeError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

CodeEntryPage::~CodeEntryPage() = default;

QLabel* CodeEntryPage::sentToLabel() const
{
    return m_ui->sentTo;
}

QLineEdit* CodeEntryPage::codeEdit() const
{
    return m_ui->code;
}

QPushButton* CodeEntryPage::resendButton() const
{
    return m_ui->resendCode;
}

QLabel* CodeEntryPage::countdownLabel() const
{
    return m_ui->resendCountdown;
}

ErrorLabel* CodeEntryPage::codeError() const
{
    return m_ui->codeError;
}

void CodeEntryPage::retranslateUi()
{
    m_ui->retranslateUi(this);
    // The texts that depend on the challenge and the clock, said again in the new language.
    renderSentTo();
    if (m_tick->isActive())
        updateCountdown();
}

void CodeEntryPage::renderSentTo()
{
    const CodeChallenge& challenge = m_challenge;
    if (challenge.sentTo.isEmpty()) {
        m_ui->sentTo->clear();
    } else if (challenge.channel == QLatin1String("email") && !m_linkExpected) {
        //: %1 is the masked email address, e.g. "a***@example.com"
        m_ui->sentTo->setText(
            tr("We sent a code to %1. It may take a few minutes to arrive.").arg(challenge.sentTo));
    } else if (challenge.channel == QLatin1String("email")) {
        //: %1 is the masked email address, e.g. "a***@example.com"
        m_ui->sentTo->setText(tr("We sent a code to %1. Enter it here, or open the link in that email: "
                                 "this page moves on by itself once you have.")
                                  .arg(challenge.sentTo));
    } else {
        //: %1 is the masked phone number, e.g. "+7 *** ***-45-67"
        m_ui->sentTo->setText(
            tr("We sent a code to %1 by SMS. It may take a minute to arrive.").arg(challenge.sentTo));
    }
}

void CodeEntryPage::setChallenge(const CodeChallenge& challenge)
{
    m_challenge = challenge;
    m_codeDead = false;
    m_ui->code->setEnabled(!isBusy());
    //: Placeholder of the code field: one zero per digit of the code
    m_ui->code->setPlaceholderText(QString(qMax(1, challenge.codeLength), QLatin1Char('0')));
    clearCode();
    pageError()->clear();
    m_ui->codeError->clear();
    renderSentTo();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_expiresAt = now.addSecs(challenge.expiresIn);
    startCountdown(now.addSecs(challenge.resendAfter));
    emit completeChanged();
}

void CodeEntryPage::startCountdown(const QDateTime& resendAt)
{
    m_resendAt = resendAt;
    m_tick->start();
    updateCountdown();
}

int CodeEntryPage::secondsUntilResend() const
{
    if (!m_resendAt.isValid())
        return 0;
    // Rounded up, so that "0:00" is never shown with the button still locked.
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_resendAt);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void CodeEntryPage::updateCountdown()
{
    const int seconds = secondsUntilResend();
    m_ui->resendCode->setEnabled(seconds == 0 && !isBusy());
    if (seconds > 0) {
        const QString time
            = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        //: %1 is the time left in minutes and seconds, e.g. "0:42"
        m_ui->resendCountdown->setText(tr("Resend code in %1").arg(time));
        m_ui->resendCountdown->setVisible(true);
    } else {
        m_ui->resendCountdown->clear();
        m_ui->resendCountdown->setVisible(false);
        m_tick->stop();
    }
}

QString CodeEntryPage::code() const
{
    return m_ui->code->text();
}

void CodeEntryPage::clearCode()
{
    m_ui->code->clear();
}

void CodeEntryPage::keepDigits(QLineEdit* field, int maxDigits)
{
    const QString text = field->text();
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    digits.truncate(maxDigits);
    if (digits != text)
        field->setText(digits);
}

void CodeEntryPage::filterCode()
{
    keepDigits(m_ui->code, qMax(1, m_challenge.codeLength));
    m_ui->codeError->clear();
}

bool CodeEntryPage::showFieldError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::CodeWrong:
        if (error.attemptsLeft == 0) {
            // That was the last try: the code is dead, as after E-CODE-ATTEMPTS-EXCEEDED.
            setCodeDead();
            m_ui->codeError->showError(error, tr("Request a new code."));
            return true;
        }
        Q_FALLTHROUGH();
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField:
        m_ui->codeError->showError(error); // with "%n attempt(s) left"
        m_ui->code->setFocus();
        m_ui->code->selectAll();
        return true;
    case ErrorCode::CodeExpired:
    case ErrorCode::CodeAttemptsExceeded:
        setCodeDead();
        m_ui->codeError->showError(error);
        return true;
    case ErrorCode::ResendTooEarly:
    case ErrorCode::ResendLimit:
        pageError()->showError(error);
        if (error.until.isValid())
            startCountdown(error.until.toUTC());
        return true;
    default:
        return false;
    }
}

void CodeEntryPage::setCodeDead()
{
    // Typing this code again cannot help, a new one can: lock the field, point at Resend.
    m_codeDead = true;
    clearCode();
    m_ui->code->setEnabled(false);
    updateCountdown();
    if (m_ui->resendCode->isEnabled())
        m_ui->resendCode->setFocus();
    emit completeChanged();
}

void CodeEntryPage::setInputsEnabled(bool enabled)
{
    m_ui->code->setEnabled(enabled && !m_codeDead);
    updateCountdown(); // Resend waits for the request too
}

void CodeEntryPage::busyEnded()
{
    if (!m_codeDead)
        m_ui->code->setFocus();
}

void CodeEntryPage::initializePage()
{
    m_ui->code->setFocus();
}

bool CodeEntryPage::canSubmit() const
{
    return !m_codeDead;
}

bool CodeEntryPage::checkInput()
{
    m_ui->codeError->clear();
    const QString digits = code();
    if (digits.isEmpty()) {
        m_ui->codeError->showMessage(tr("Enter the code from the message."));
        m_ui->code->setFocus();
        return false;
    }
    if (digits.size() < m_challenge.codeLength) {
        m_ui->codeError->showMessage(tr("The code has %n digits.", nullptr, m_challenge.codeLength));
        m_ui->code->setFocus();
        return false;
    }
    return true;
}

void CodeEntryPage::submit()
{
    emit verifyRequested(code());
}
