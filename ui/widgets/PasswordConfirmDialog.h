// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <functional>

struct ApiError;
class BusyIndicator;
class ErrorLabel;
class PasswordEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

// Asks for the account password again before something only the owner may do (unbind a device,
// sign this computer out). It does not talk to the server itself: confirmed() carries the
// password to the owner, who answers with showError() (the dialog stays, the password stays
// typed) or accept(). While busy, Cancel drops nothing the user typed.
class PasswordConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordConfirmDialog(QWidget* parent = nullptr);

    void setMessage(const QString& message);
    void setActionText(const QString& text);
    // A widget of the owner's below the password (the sign-out dialog's checkbox).
    void addOption(QWidget* widget);

    QString password() const;
    void setBusy(bool busy, const QString& text = {});
    bool isBusy() const { return m_busy; }
    // A wrong password under the field; anything else above it, with its reference.
    void showError(const ApiError& error);
    // An error above the field in the owner's words (the export's hourly limit), with its reference.
    void showError(const ApiError& error, std::function<QString()> message);

    QLabel* messageLabel() const { return m_message; }
    PasswordEdit* passwordEdit() const { return m_password; }
    ErrorLabel* passwordError() const { return m_passwordError; }
    ErrorLabel* pageError() const { return m_pageError; }
    QPushButton* actionButton() const { return m_action; }

    void reject() override;

signals:
    void confirmed(const QString& password);

protected:
    // Makes room for what a wrapped label now needs: a shown dialog does not grow by itself.
    void fitContents();

private:
    void retranslateUi();
    void confirm();

    QLabel* m_message;
    ErrorLabel* m_pageError;
    PasswordEdit* m_password;
    QLabel* m_passwordLabel;
    ErrorLabel* m_passwordError;
    QVBoxLayout* m_options;
    BusyIndicator* m_busyIndicator;
    QDialogButtonBox* m_buttons;
    QPushButton* m_action;
    bool m_busy = false;
};
