// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"

class AccountApi;
class CaptchaWidget;
class ErrorLabel;
class QBoxLayout;

// A page whose request carries a captcha answer (the sign-in after failed attempts, the recovery,
// the registration): the captcha with its error label under it, and the rules every such page
// follows. A picture is loaded when the page first shows and kept when the user comes back
// unless it was used; the captcha is busy while the request is out.
class CaptchaSubmitPage : public SubmitPage
{
    Q_OBJECT

public:
    explicit CaptchaSubmitPage(QWidget* parent = nullptr);

    // A new picture, for when the user comes back after the last one was used.
    void reloadCaptcha();

    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* captchaError() const { return m_captchaError; }

protected:
    // The captcha (it needs the API: no form can make it) and, under it, its error label named
    // errorName, inserted into layout at index in that order, the Tab chain's too. The label clears
    // when the answer is edited.
    void addCaptcha(AccountApi* api, QBoxLayout* layout, int index, const QString& errorName);
    // A picture unless one is shown already: coming back to the page keeps an unused one.
    void loadCaptcha();
    // Whether an answer is typed; if not, says so under the captcha.
    bool checkCaptcha();
    void focusCaptcha();
    // The captcha's own errors (wrong or required) and a missing or invalid "captcha…" field: under
    // the captcha. False for any other error.
    bool showCaptchaError(const ApiError& error);
    void setInputsEnabled(bool enabled) override;

private:
    CaptchaWidget* m_captcha = nullptr;
    ErrorLabel* m_captchaError = nullptr;
};
