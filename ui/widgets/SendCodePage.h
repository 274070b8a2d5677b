// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SubmitPage.h"
#include "protocol/RecoveryMessages.h"

#include <memory>

struct AccountProfile;
struct ApiError;
class QButtonGroup;
class QLabel;
class QRadioButton;

namespace Ui {
class SendCodePage;
}

// Where a verification code should go: the email address or the phone number of the account,
// masked. With two, the user picks one; with one, the page only says where. Its Next button reads
// "Send": the owner listens to sendRequested(), asks the server, and answers with showError() or
// proceed(). Password change and recovery use it.
class SendCodePage : public SubmitPage
{
    Q_OBJECT

public:
    explicit SendCodePage(QWidget* parent = nullptr);
    ~SendCodePage() override;

    // {via: "email"|"phone", sentTo: masked}; the phone is offered first, as the guide does.
    void setChoices(const QList<RecoveryChoice>& choices);
    // The choices of a signed-in account: its bound phone and email, masked, phone first.
    static QList<RecoveryChoice> choicesFor(const AccountProfile& profile);
    const QList<RecoveryChoice>& choices() const { return m_choices; }
    // The chosen channel: "email" or "phone".
    QString via() const;
    void setVia(const QString& via);

    QRadioButton* choiceButton(const QString& via) const;
    QLabel* singleChoiceLabel() const;

signals:
    void sendRequested(const QString& via);

protected:
    void setInputsEnabled(bool enabled) override;
    void submit() override;

private:
    void retranslateUi();
    // The choices' texts, which name the masked address or number, in the current language.
    void renderChoices();

    QList<RecoveryChoice> m_choices;
    // The question, the single choice's label, the layout and the fixed texts: SendCodePage.ui.
    std::unique_ptr<Ui::SendCodePage> m_ui;
    QButtonGroup* m_buttons;
};
