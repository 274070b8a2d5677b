// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CaptchaSubmitPage.h"
#include "protocol/CaptchaMessages.h"

#include <memory>

class AccountApi;
class CaptchaWidget;

namespace Ui {
class CaptchaPage;
}

// Shown once the server wants proof that a person is signing in (after several failed
// attempts): the captcha, then the same sign-in again with its answer (submitted()).
class CaptchaPage : public CaptchaSubmitPage
{
    Q_OBJECT

public:
    CaptchaPage(AccountApi* api, QWidget* parent = nullptr);
    ~CaptchaPage() override;

    // Why the captcha is asked for: shown above the picture.
    void setReason(const ApiError& error);
    CaptchaAnswer answer() const;

    void initializePage() override;
    int nextId() const override { return -1; }

    ErrorLabel* reasonLabel() const;

protected:
    bool checkInput() override;
    // An error of an attempt from this page. The captcha it carried is spent: a new one is loaded.
    bool showFieldError(const ApiError& error) override;
    void errorShown(const ApiError& error) override;

private:
    // The explanation, the reason, their layout and the fixed texts: CaptchaPage.ui.
    std::unique_ptr<Ui::CaptchaPage> m_ui;
};
