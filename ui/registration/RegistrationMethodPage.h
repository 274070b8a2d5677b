// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

// The first step of signing up: with an email address or with a phone number, as on the phone.
class RegistrationMethodPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Method { Email, Phone };

    explicit RegistrationMethodPage(QWidget* parent = nullptr);

    Method method() const;
    void setMethod(Method method);
    QRadioButton* methodButton(Method method) const;

signals:
    void methodChanged();

private:
    void retranslateUi();

    QButtonGroup* m_methods;
    QLabel* m_explanations[2];
    QLabel* m_note;
};
