#pragma once

#include <QWizardPage>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class LoginWizard;
class PasswordEdit;
class PhoneNumberEdit;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

// The login (email, phone number or account ID) and the password, checked here before anything
// is sent, so that the user learns about a typo at once and under the field concerned.
class LoginPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Method { Email, Phone, AccountId };

    explicit LoginPage(LoginWizard* wizard);

    Method method() const;
    void setMethod(Method method);
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const;
    QString password() const;
    // Fills in a login the user already typed elsewhere (sign-up found it registered).
    void prefillEmail(const QString& email);
    void prefillPhone(const QString& region, const QString& nationalNumber);
    void prefillAccountId(const QString& accountId);

    // Puts a server or network error where it belongs: a wrong password under the password,
    // anything about the connection at the top of the page.
    void showError(const ApiError& error);
    void setBusy(bool busy);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QLineEdit* emailEdit() const { return m_email; }
    PhoneNumberEdit* phoneEdit() const { return m_phone; }
    QLineEdit* accountIdEdit() const { return m_accountId; }
    PasswordEdit* passwordEdit() const { return m_password; }
    QRadioButton* methodButton(Method method) const;
    ErrorLabel* pageError() const { return m_pageError; }
    ErrorLabel* loginError() const { return m_loginError; }
    ErrorLabel* passwordError() const { return m_passwordError; }
    BusyIndicator* busyIndicator() const { return m_busy; }
    QPushButton* createAccountButton() const { return m_createAccount; }
    QPushButton* forgotPasswordButton() const { return m_forgotPassword; }

signals:
    void createAccountRequested();
    // "Forgot password?": recovery, with the login typed here.
    void forgotPasswordRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    bool validateInput();
    void clearErrors();
    void updateLoginLabel();

    LoginWizard* m_wizard;
    ErrorLabel* m_pageError;
    QButtonGroup* m_methods;
    QLabel* m_loginLabel;
    QLabel* m_methodLabel;
    QLabel* m_passwordLabel;
    QStackedWidget* m_loginFields;
    QLineEdit* m_email;
    PhoneNumberEdit* m_phone;
    QLineEdit* m_accountId;
    ErrorLabel* m_loginError;
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
    BusyIndicator* m_busy;
    QPushButton* m_createAccount;
    QPushButton* m_forgotPassword;
    bool m_isBusy = false;
};
