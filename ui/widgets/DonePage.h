// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>
#include <memory>

struct ApiError;
class ErrorLabel;
class QLabel;
class QPushButton;
namespace Ui {
class DonePage;
}

// The last page of a flow: what happened, in a sentence or two, and optionally the obvious next
// step as a button ("Sign In" after a recovery).
class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(QWidget* parent = nullptr);
    ~DonePage() override;

    void setMessage(const QString& message);
    // Shows the button with this text; an empty text hides it.
    void setAction(const QString& text);
    // Something went half wrong after the main step succeeded (the keychain refused the new sign-in).
    void showError(const ApiError& error);

    ErrorLabel* errorLabel() const;
    QLabel* messageLabel() const;
    QPushButton* actionButton() const;

signals:
    void actionTriggered();

private:
    std::unique_ptr<Ui::DonePage> m_ui;
};
