#include "RegistrationMethodPage.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

RegistrationMethodPage::RegistrationMethodPage(QWidget* parent)
    : QWizardPage(parent)
    , m_methods(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("registrationMethodPage"));
    setTitle(tr("Create an account"));
    setSubTitle(tr("One account for all your devices. How would you like to sign up?"));

    struct Choice
    {
        Method method;
        QString name;
        QString text;
        QString explanation;
    };
    const Choice choices[] = {
        { Method::Email, QStringLiteral("methodEmail"), tr("&Email"),
          tr("We send a code and a link to your email address.") },
        { Method::Phone, QStringLiteral("methodPhone"), tr("&Phone number"),
          tr("We send a code to your phone by SMS.") },
    };
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    for (const Choice& choice : choices) {
        auto* button = new QRadioButton(choice.text, this);
        button->setObjectName(choice.name);
        m_methods->addButton(button, int(choice.method));
        auto* explanation = new QLabel(choice.explanation, this);
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        // Lined up under the button's text, not under its circle.
        explanation->setContentsMargins(24, 0, 0, 0);
        // As wide as its text: a click in the empty space to its right would do nothing.
        layout->addWidget(button, 0, Qt::AlignLeft);
        layout->addWidget(explanation);
        layout->addSpacing(12);
    }
    auto* note = new QLabel(tr("Whichever you choose, you can also sign in with your account ID, which "
                               "you get at the end."),
                            this);
    note->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addStretch();

    setMethod(Method::Email);
    connect(m_methods, &QButtonGroup::idClicked, this, &RegistrationMethodPage::methodChanged);
}

RegistrationMethodPage::Method RegistrationMethodPage::method() const
{
    return Method(m_methods->checkedId());
}

void RegistrationMethodPage::setMethod(Method method)
{
    methodButton(method)->setChecked(true);
    emit methodChanged();
}

QRadioButton* RegistrationMethodPage::methodButton(Method method) const
{
    return qobject_cast<QRadioButton*>(m_methods->button(int(method)));
}
