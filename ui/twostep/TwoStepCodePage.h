// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"
#include "protocol/CaptchaMessages.h"

#include <memory>

class AccountApi;
class CaptchaWidget;
class ErrorLabel;
class QLabel;
class QLineEdit;
class QPushButton;
namespace Ui {
class TwoStepCodePage;
}

// "Enter the code from your authenticator app": the page a sign-in, a recovery's completion and a
// deletion show when the server answers E-TWO-STEP-REQUIRED, and the setup wizard's first code.
// One field for the app's code (digits only); "Use a backup code" swaps in a field for one of the
// saved backup codes, each with a hint where to find it. submitted() asks the owner to repeat its
// request with code(); a wrong code comes back through showError() at the field, with what was
// typed kept (selected, for typing over).
class TwoStepCodePage : public SubmitPage
{
    Q_OBJECT

public:
    explicit TwoStepCodePage(QWidget* parent = nullptr);
    ~TwoStepCodePage() override;

    // Whether a backup code may be used (not when turning two-step verification on).
    void setBackupAllowed(bool allowed);
    // Digits of the app's code (6 by default; the setup says).
    void setDigits(int digits);
    // Shows the app's field (not the backup one) and empties both.
    void reset();

    bool isBackupMode() const { return m_backupMode; }
    void setBackupMode(bool backup);
    // What to send: the app's digits, or the backup code without spaces.
    QString code() const;

    // The sign-in after several failed attempts: a captcha must come with the code. The page shows
    // one (made on first use) with why it is asked, and loads a new picture after every attempt.
    void showCaptcha(AccountApi* api, const ApiError& reason);
    bool hasCaptcha() const;
    CaptchaAnswer captchaAnswer() const;

    void initializePage() override;

    QLineEdit* codeEdit() const;
    QLineEdit* backupEdit() const;
    QPushButton* switchButton() const;
    ErrorLabel* codeError() const;
    QLabel* hintLabel() const;
    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* captchaError() const;

protected:
    bool checkInput() override;
    void setInputsEnabled(bool enabled) override;
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;
    void busyEnded() override;

private:
    void retranslateUi();
    // The texts that follow the mode and the number of digits (not the title, which a wizard may set).
    void renderMode();
    void filterDigits();
    QLineEdit* currentEdit() const;

    std::unique_ptr<Ui::TwoStepCodePage> m_ui;
    CaptchaWidget* m_captcha = nullptr;
    int m_digits = 6;
    bool m_backupAllowed = true;
    bool m_backupMode = false;
};
