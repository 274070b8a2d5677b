// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

struct ApiError;
class ErrorLabel;
class QLabel;
class QPushButton;

// What the user sees when not signed in: what the account is, and the way in.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);

    void showError(const ApiError& error);
    // A calm note without an error behind it ("You have signed out.").
    void showNote(const QString& note);
    void clearMessages();
    // "Try Again", for when the saved sign-in could not be restored for a passing reason.
    void setRetryVisible(bool visible);

    QPushButton* signInButton() const { return m_signIn; }
    QPushButton* createAccountButton() const { return m_createAccount; }
    QPushButton* retryButton() const { return m_retry; }
    ErrorLabel* errorLabel() const { return m_error; }
    QLabel* noteLabel() const { return m_note; }

signals:
    void signInRequested();
    void createAccountRequested();
    void retryRequested();

private:
    void retranslateUi();

    QLabel* m_heading;
    QLabel* m_explanation;
    ErrorLabel* m_error;
    QLabel* m_note;
    QPushButton* m_signIn;
    QPushButton* m_createAccount;
    QPushButton* m_retry;
};
