#pragma once

#include <QWizardPage>

struct ApiError;
class AccountApi;
class BusyIndicator;
class CaptchaWidget;
class ErrorLabel;
class QLabel;
class LoginWizard;

// Shown once the server wants proof that a person is signing in (after several failed
// attempts): the captcha, then the same sign-in again with its answer.
class CaptchaPage : public QWizardPage
{
    Q_OBJECT

public:
    CaptchaPage(AccountApi* api, LoginWizard* wizard);

    // Why the captcha is asked for: shown above the picture.
    void setReason(const ApiError& error);
    // An error of an attempt from this page. The captcha it carried is spent: a new one is loaded.
    void showError(const ApiError& error);
    void setBusy(bool busy);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override { return -1; }

    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* reasonLabel() const { return m_reason; }
    ErrorLabel* pageError() const { return m_pageError; }
    ErrorLabel* answerError() const { return m_answerError; }
    BusyIndicator* busyIndicator() const { return m_busy; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    LoginWizard* m_wizard;
    QLabel* m_explanation;
    ErrorLabel* m_reason;
    ErrorLabel* m_pageError;
    CaptchaWidget* m_captcha;
    ErrorLabel* m_answerError;
    BusyIndicator* m_busy;
    bool m_isBusy = false;
};
