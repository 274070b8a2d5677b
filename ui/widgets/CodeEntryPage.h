#pragma once

#include "protocol/RegistrationMessages.h"

#include <QDateTime>
#include <QWizardPage>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

// "We sent a code to +7 *** ***-45-67": the code field, and a resend button that unlocks after a
// visible countdown. Not tied to registration: the owner (a wizard) listens to verifyRequested()
// and resendRequested(), talks to the server, and answers with setChallenge(), showError() and
// proceed(). Password change, recovery and account deletion reuse it that way.
class CodeEntryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CodeEntryPage(QWidget* parent = nullptr);

    // A code was sent (first time or again): where to, how long it lives, when to allow a resend.
    void setChallenge(const CodeChallenge& challenge);
    const CodeChallenge& challenge() const { return m_challenge; }
    // Whether an email also carries a confirmation link (registration only): the text says so.
    void setLinkExpected(bool expected) { m_linkExpected = expected; }
    // The digits typed so far, without spaces or dashes.
    QString code() const;
    void clearCode();

    // Puts a server or network error where it belongs: a wrong code under the field (with the
    // attempts left), a dead code as a prompt to resend, anything else at the top.
    void showError(const ApiError& error);
    void setBusy(bool busy, const QString& text = {});
    // The code was accepted (or confirmed another way, by the emailed link): go to the next page.
    void proceed();

    // Seconds until the resend button unlocks; 0 when it is unlocked.
    int secondsUntilResend() const;
    // Whether the current code can no longer be used (expired, too many tries).
    bool isCodeDead() const { return m_codeDead; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QLabel* sentToLabel() const { return m_sentTo; }
    QLineEdit* codeEdit() const { return m_code; }
    QPushButton* resendButton() const { return m_resend; }
    QLabel* countdownLabel() const { return m_countdown; }
    ErrorLabel* pageError() const { return m_pageError; }
    ErrorLabel* codeError() const { return m_codeError; }
    BusyIndicator* busyIndicator() const { return m_busy; }

signals:
    void verifyRequested(const QString& code);
    void resendRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void renderSentTo();
    void filterCode();
    void setCodeDead();
    void updateCountdown();
    void startCountdown(const QDateTime& resendAt);

    CodeChallenge m_challenge;
    QLabel* m_sentTo;
    QLabel* m_codeLabel;
    ErrorLabel* m_pageError;
    QLineEdit* m_code;
    ErrorLabel* m_codeError;
    QPushButton* m_resend;
    QLabel* m_countdown;
    BusyIndicator* m_busy;
    QTimer* m_tick;
    QDateTime m_resendAt;
    QDateTime m_expiresAt;
    bool m_isBusy = false;
    bool m_codeDead = false;
    bool m_proceeding = false;
    bool m_linkExpected = false;
};
