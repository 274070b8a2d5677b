#pragma once

#include <QWizardPage>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class PasswordEdit;
class QCheckBox;
class QLabel;

// The deletion wizard's last question: the password, and a box saying the user understands it
// cannot be undone. Its commit button ("Delete Account") emits deleteRequested(); the wizard
// answers with showError() or proceed().
class DeletionConfirmPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DeletionConfirmPage(QWidget* parent = nullptr);

    void setAccountId(qint64 accountId);
    QString password() const;
    void clearPassword();
    void showError(const ApiError& error);
    void setBusy(bool busy, const QString& text = {});
    void proceed();

    bool isComplete() const override;
    bool validatePage() override;

    PasswordEdit* passwordEdit() const { return m_password; }
    QCheckBox* understoodCheckBox() const { return m_understood; }
    ErrorLabel* passwordError() const { return m_passwordError; }
    ErrorLabel* pageError() const { return m_pageError; }

signals:
    void deleteRequested(const QString& password);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QLabel* m_labelText = nullptr;
    QLabel* m_summary;
    ErrorLabel* m_pageError;
    PasswordEdit* m_password;
    ErrorLabel* m_passwordError;
    QCheckBox* m_understood;
    BusyIndicator* m_busy;
    bool m_isBusy = false;
    bool m_proceeding = false;
};
