// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"
#include "protocol/CaptchaMessages.h"

class AccountApi;
class CaptchaWidget;
class QLabel;

// Shown once the server wants proof that a person is signing in (after several failed
// attempts): the captcha, then the same sign-in again with its answer (submitted()).
class CaptchaPage : public SubmitPage
{
    Q_OBJECT

public:
    CaptchaPage(AccountApi* api, QWidget* parent = nullptr);

    // Why the captcha is asked for: shown above the picture.
    void setReason(const ApiError& error);
    CaptchaAnswer answer() const;

    void initializePage() override;
    int nextId() const override { return -1; }

    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* reasonLabel() const { return m_reason; }
    ErrorLabel* answerError() const { return m_answerError; }

protected:
    bool checkInput() override;
    void setInputsEnabled(bool enabled) override;
    // An error of an attempt from this page. The captcha it carried is spent: a new one is loaded.
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;

private:
    void retranslateUi();

    QLabel* m_explanation;
    ErrorLabel* m_reason;
    CaptchaWidget* m_captcha;
    ErrorLabel* m_answerError;
};
