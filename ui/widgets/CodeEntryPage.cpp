// SPDX-License-Identifier: Apache-2.0
#include "CodeEntryPage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/ApiError.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

CodeEntryPage::CodeEntryPage(QWidget* parent)
    : SubmitPage(parent)
    , m_sentTo(new QLabel(this))
    , m_codeLabel(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_codeError(new ErrorLabel(this))
    , m_resend(new QPushButton(this))
    , m_countdown(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("codeEntryPage"));
    m_sentTo->setObjectName(QStringLiteral("sentTo"));
    m_sentTo->setWordWrap(true);
    m_sentTo->setTextFormat(Qt::PlainText);
    m_codeError->setObjectName(QStringLiteral("codeError"));
    m_resend->setObjectName(QStringLiteral("resendCode"));
    m_countdown->setObjectName(QStringLiteral("resendCountdown"));
    m_countdown->setForegroundRole(QPalette::PlaceholderText);

    // One field for the whole code: a pasted "123 456" or "Code: 123456" works, and so do the
    // screen readers that six separate boxes confuse.
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 1.6);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(codeFont);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setMaximumWidth(260);
    QLabel* codeLabel = m_codeLabel;
    codeLabel->setBuddy(m_code);

    auto* resendRow = new QHBoxLayout;
    resendRow->addWidget(m_resend);
    resendRow->addWidget(m_countdown);
    resendRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(pageError());
    layout->addWidget(m_sentTo);
    layout->addSpacing(8);
    layout->addWidget(codeLabel);
    layout->addWidget(m_code);
    layout->addWidget(m_codeError);
    layout->addSpacing(8);
    layout->addLayout(resendRow);
    layout->addStretch();
    layout->addWidget(busyIndicator());

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &CodeEntryPage::updateCountdown);
    connect(m_code, &QLineEdit::textEdited, this, &CodeEntryPage::filterCode);
    connect(m_resend, &QPushButton::clicked, this, [this] {
        pageError()->clear();
        m_codeError->clear();
        emit resendRequested();
    });
    setBusyText([] { return tr("Checking the code…"); });
    setFieldErrors({ m_codeError });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void CodeEntryPage::retranslateUi()
{
    setTitle(tr("Enter the code"));
    // A subtitle also gives the page the wizard's header, like the other pages.
    setSubTitle(tr("The code confirms that the address or number is yours."));
    m_resend->setText(tr("&Resend code"));
    m_code->setAccessibleName(tr("Verification code"));
    m_codeLabel->setText(tr("&Code"));
    // The texts that depend on the challenge and the clock, said again in the new language.
    renderSentTo();
    if (m_tick->isActive())
        updateCountdown();
}

void CodeEntryPage::renderSentTo()
{
    const CodeChallenge& challenge = m_challenge;
    if (challenge.sentTo.isEmpty()) {
        m_sentTo->clear();
    } else if (challenge.channel == QLatin1String("email") && !m_linkExpected) {
        //: %1 is the masked email address, e.g. "a***@example.com"
        m_sentTo->setText(
            tr("We sent a code to %1. It may take a few minutes to arrive.").arg(challenge.sentTo));
    } else if (challenge.channel == QLatin1String("email")) {
        //: %1 is the masked email address, e.g. "a***@example.com"
        m_sentTo->setText(tr("We sent a code to %1. Enter it here, or open the link in that email: "
                             "this page moves on by itself once you have.")
                              .arg(challenge.sentTo));
    } else {
        //: %1 is the masked phone number, e.g. "+7 *** ***-45-67"
        m_sentTo->setText(
            tr("We sent a code to %1 by SMS. It may take a minute to arrive.").arg(challenge.sentTo));
    }
}

void CodeEntryPage::setChallenge(const CodeChallenge& challenge)
{
    m_challenge = challenge;
    m_codeDead = false;
    m_code->setEnabled(!isBusy());
    //: Placeholder of the code field: one zero per digit of the code
    m_code->setPlaceholderText(QString(qMax(1, challenge.codeLength), QLatin1Char('0')));
    clearCode();
    pageError()->clear();
    m_codeError->clear();
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
    m_resend->setEnabled(seconds == 0 && !isBusy());
    if (seconds > 0) {
        const QString time
            = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
        //: %1 is the time left in minutes and seconds, e.g. "0:42"
        m_countdown->setText(tr("Resend code in %1").arg(time));
        m_countdown->setVisible(true);
    } else {
        m_countdown->clear();
        m_countdown->setVisible(false);
        m_tick->stop();
    }
}

QString CodeEntryPage::code() const
{
    return m_code->text();
}

void CodeEntryPage::clearCode()
{
    m_code->clear();
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
    keepDigits(m_code, qMax(1, m_challenge.codeLength));
    m_codeError->clear();
}

bool CodeEntryPage::showFieldError(const ApiError& error)
{
    switch (error.code) {
    case ErrorCode::CodeWrong:
        if (error.attemptsLeft == 0) {
            // That was the last try: the code is dead, as after E-CODE-ATTEMPTS-EXCEEDED.
            setCodeDead();
            m_codeError->showError(error, tr("Request a new code."));
            return true;
        }
        Q_FALLTHROUGH();
    case ErrorCode::InvalidField:
    case ErrorCode::MissingField:
        m_codeError->showError(error); // with "%n attempt(s) left"
        m_code->setFocus();
        m_code->selectAll();
        return true;
    case ErrorCode::CodeExpired:
    case ErrorCode::CodeAttemptsExceeded:
        setCodeDead();
        m_codeError->showError(error);
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
    m_code->setEnabled(false);
    updateCountdown();
    if (m_resend->isEnabled())
        m_resend->setFocus();
    emit completeChanged();
}

void CodeEntryPage::setInputsEnabled(bool enabled)
{
    m_code->setEnabled(enabled && !m_codeDead);
    updateCountdown(); // Resend waits for the request too
}

void CodeEntryPage::busyEnded()
{
    if (!m_codeDead)
        m_code->setFocus();
}

void CodeEntryPage::initializePage()
{
    m_code->setFocus();
}

bool CodeEntryPage::canSubmit() const
{
    return !m_codeDead;
}

bool CodeEntryPage::checkInput()
{
    m_codeError->clear();
    const QString digits = code();
    if (digits.isEmpty()) {
        m_codeError->showMessage(tr("Enter the code from the message."));
        m_code->setFocus();
        return false;
    }
    if (digits.size() < m_challenge.codeLength) {
        m_codeError->showMessage(tr("The code has %n digits.", nullptr, m_challenge.codeLength));
        m_code->setFocus();
        return false;
    }
    return true;
}

void CodeEntryPage::submit()
{
    emit verifyRequested(code());
}
