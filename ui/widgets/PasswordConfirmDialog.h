// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <functional>
#include <memory>

struct ApiError;
class ErrorLabel;
class PasswordEdit;
class QLabel;
class QPushButton;
namespace Ui {
class PasswordConfirmDialog;
}

// Asks for the account password again before something only the owner may do (unbind a device,
// sign this computer out). It does not talk to the server itself: confirmed() carries the
// password to the owner, who answers with showError() (the dialog stays, the password stays
// typed) or accept(). While busy, Cancel drops nothing the user typed.
class PasswordConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordConfirmDialog(QWidget* parent = nullptr);
    ~PasswordConfirmDialog() override;

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

    QLabel* messageLabel() const;
    PasswordEdit* passwordEdit() const;
    ErrorLabel* passwordError() const;
    ErrorLabel* pageError() const;
    QPushButton* actionButton() const { return m_action; }

    void reject() override;

signals:
    void confirmed(const QString& password);

protected:
    // Makes room for what a wrapped label now needs: a shown dialog does not grow by itself.
    void fitContents();

private:
    void confirm();

    std::unique_ptr<Ui::PasswordConfirmDialog> m_ui;
    QPushButton* m_action;
    bool m_busy = false;
};
