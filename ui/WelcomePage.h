// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>
#include <memory>

struct ApiError;
class ErrorLabel;
class QLabel;
class QPushButton;
namespace Ui {
class WelcomePage;
}

// What the user sees when not signed in: what the account is, and the way in.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    void showError(const ApiError& error);
    // A calm note without an error behind it ("You have signed out.").
    void showNote(const QString& note);
    void clearMessages();
    // "Try Again", for when the saved sign-in could not be restored for a passing reason.
    void setRetryVisible(bool visible);

    QPushButton* signInButton() const;
    QPushButton* createAccountButton() const;
    QPushButton* retryButton() const;
    ErrorLabel* errorLabel() const;
    QLabel* noteLabel() const;

signals:
    void signInRequested();
    void createAccountRequested();
    void retryRequested();

private:
    std::unique_ptr<Ui::WelcomePage> m_ui; // the widgets, from WelcomePage.ui
};
