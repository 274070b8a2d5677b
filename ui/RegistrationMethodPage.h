#pragma once

#include <QWizardPage>

class QButtonGroup;
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
    QButtonGroup* m_methods;
};
