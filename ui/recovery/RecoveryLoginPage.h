#pragma once

#include "protocol/RecoveryMessages.h"

#include <QWizardPage>

struct ApiError;
class AccountApi;
class BusyIndicator;
class CaptchaWidget;
class ErrorLabel;
class PhoneNumberEdit;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

// The first page of a forgotten-password recovery: the login of the account (email, phone number
// with its country code, or account ID, as on the sign-in page) and a captcha. Checked here
// first; then the owner sends it (submitted()) and answers with showError() or proceed().
class RecoveryLoginPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Method { Email, Phone, AccountId };

    RecoveryLoginPage(AccountApi* api, QWidget* parent = nullptr);

    Method method() const;
    void setMethod(Method method);
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const;
    StartRecoveryRequest request() const;
    void prefillEmail(const QString& email);
    void prefillPhone(const QString& region, const QString& nationalNumber);
    void prefillAccountId(const QString& accountId);

    // Puts an error under the field it concerns; a used captcha picture is replaced.
    void showError(const ApiError& error);
    void setBusy(bool busy);
    void proceed();
    void reloadCaptcha();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QRadioButton* methodButton(Method method) const;
    QLineEdit* emailEdit() const { return m_email; }
    PhoneNumberEdit* phoneEdit() const { return m_phone; }
    QLineEdit* accountIdEdit() const { return m_accountId; }
    CaptchaWidget* captcha() const { return m_captcha; }
    ErrorLabel* pageError() const { return m_pageError; }
    ErrorLabel* loginError() const { return m_loginError; }
    ErrorLabel* captchaError() const { return m_captchaError; }
    BusyIndicator* busyIndicator() const { return m_busy; }

signals:
    void submitted();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_explanationText = nullptr;
    bool validateInput();
    void clearErrors();

    ErrorLabel* m_pageError;
    QButtonGroup* m_methods;
    QLabel* m_loginLabel;
    QStackedWidget* m_loginFields;
    QLineEdit* m_email;
    PhoneNumberEdit* m_phone;
    QLineEdit* m_accountId;
    ErrorLabel* m_loginError;
    CaptchaWidget* m_captcha;
    ErrorLabel* m_captchaError;
    BusyIndicator* m_busy;
    bool m_isBusy = false;
    bool m_proceeding = false;
};
