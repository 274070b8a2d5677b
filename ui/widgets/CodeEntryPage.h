// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"
#include "protocol/RegistrationMessages.h"

#include <QDateTime>
#include <memory>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
namespace Ui {
class CodeEntryPage;
}

// "We sent a code to +7 *** ***-45-67": the code field, and a resend button that unlocks after a
// visible countdown. Not tied to registration: the owner (a wizard) listens to verifyRequested()
// and resendRequested(), talks to the server, and answers with setChallenge(), showError() and
// proceed(). Password change, recovery and account deletion reuse it that way.
class CodeEntryPage : public SubmitPage
{
    Q_OBJECT

public:
    // Keeps only the digits of what was typed or pasted ("123 456", "Code: 123-456", full-width
    // digits as ASCII), at most maxDigits of them. No maxLength on such a field: it would cut a
    // pasted "Code: 123 456" before the digits are picked. The two-step code page uses it too.
    static void keepDigits(QLineEdit* field, int maxDigits);
    explicit CodeEntryPage(QWidget* parent = nullptr);
    ~CodeEntryPage() override;

    // A code was sent (first time or again): where to, how long it lives, when to allow a resend.
    void setChallenge(const CodeChallenge& challenge);
    const CodeChallenge& challenge() const { return m_challenge; }
    // Whether an email also carries a confirmation link (registration only): the text says so.
    void setLinkExpected(bool expected) { m_linkExpected = expected; }
    // The digits typed so far, without spaces or dashes.
    QString code() const;
    void clearCode();

    // Seconds until the resend button unlocks; 0 when it is unlocked.
    int secondsUntilResend() const;
    // Whether the current code can no longer be used (expired, too many tries).
    bool isCodeDead() const { return m_codeDead; }

    void initializePage() override;

    QLabel* sentToLabel() const;
    QLineEdit* codeEdit() const;
    QPushButton* resendButton() const;
    QLabel* countdownLabel() const;
    ErrorLabel* codeError() const;

signals:
    void verifyRequested(const QString& code);
    void resendRequested();

protected:
    bool checkInput() override;
    void submit() override;
    bool canSubmit() const override;
    void setInputsEnabled(bool enabled) override;
    // A wrong code under the field (with the attempts left), a dead code as a prompt to resend.
    bool showFieldError(const ApiError& error) override;
    void busyEnded() override;

private:
    void retranslateUi();
    void renderSentTo();
    void filterCode();
    void setCodeDead();
    void updateCountdown();
    void startCountdown(const QDateTime& resendAt);

    std::unique_ptr<Ui::CodeEntryPage> m_ui;
    CodeChallenge m_challenge;
    QTimer* m_tick;
    QDateTime m_resendAt;
    QDateTime m_expiresAt;
    bool m_codeDead = false;
    bool m_linkExpected = false;
};
