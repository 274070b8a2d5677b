// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LoginIdentity.h"

#include <QWidget>

struct ApiError;
class ErrorLabel;
class PhoneNumberEdit;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpacerItem;
class QStackedWidget;

// How a person names their account: a choice of email, phone number (with its country code) or
// account ID, the one field that goes with it, and the message under it. The sign-in and the
// recovery pages both ask for a login this way.
class LoginIdentifierEdit : public QWidget
{
    Q_OBJECT

public:
    using Method = LoginIdentity::Method;

    explicit LoginIdentifierEdit(QWidget* parent = nullptr);

    Method method() const;
    void setMethod(Method method);
    // The login as the server expects it: a normalized email, an E.164 number or the digits.
    QString login() const;
    // What was typed, to carry over to another flow; setIdentity() fills it in here.
    LoginIdentity identity() const;
    void setIdentity(const LoginIdentity& identity);

    // Checks what was typed; false with the reason under the field.
    bool check();
    void showError(const ApiError& error);
    bool hasError() const;
    void clearError();
    void setInputsEnabled(bool enabled);
    // The focus to the field of the chosen method.
    void focusField();
    // The room between the choice and the field (the sign-in page has more of it).
    void setChoiceSpacing(int pixels);

    QRadioButton* methodButton(Method method) const;
    // The last widget of the tab chain here, for the page to continue it.
    QWidget* lastField() const;
    QLineEdit* emailEdit() const { return m_email; }
    PhoneNumberEdit* phoneEdit() const { return m_phone; }
    QLineEdit* accountIdEdit() const { return m_accountId; }
    ErrorLabel* errorLabel() const { return m_error; }

private:
    void retranslateUi();
    // The label over the field of a method, with its accelerator.
    static QString labelText(Method method);

    QButtonGroup* m_methods;
    QSpacerItem* m_choiceSpacing;
    QLabel* m_label;
    QStackedWidget* m_fields;
    QLineEdit* m_email;
    PhoneNumberEdit* m_phone;
    QLineEdit* m_accountId;
    ErrorLabel* m_error;
};
