// SPDX-License-Identifier: Apache-2.0
#include "RegistrationMethodPage.h"

#include "Retranslator.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

RegistrationMethodPage::RegistrationMethodPage(QWidget* parent)
    : QWizardPage(parent)
    , m_methods(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("registrationMethodPage"));
    const std::pair<Method, QString> choices[] = {
        { Method::Email, QStringLiteral("methodEmail") },
        { Method::Phone, QStringLiteral("methodPhone") },
    };
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    for (const auto& [method, name] : choices) {
        auto* button = new QRadioButton(this);
        button->setObjectName(name);
        m_methods->addButton(button, int(method));
        auto* explanation = new QLabel(this);
        m_explanations[int(method)] = explanation;
        explanation->setWordWrap(true);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        // Lined up under the button's text, not under its circle.
        explanation->setContentsMargins(24, 0, 0, 0);
        // As wide as its text: a click in the empty space to its right would do nothing.
        layout->addWidget(button, 0, Qt::AlignLeft);
        layout->addWidget(explanation);
        layout->addSpacing(12);
    }
    m_note = new QLabel(this);
    QLabel* note = m_note;
    note->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addStretch();

    setMethod(Method::Email);
    // Toggled, not clicked: an accessibility "Toggle" action checks a button without a click.
    connect(m_methods, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            emit methodChanged();
    });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void RegistrationMethodPage::retranslateUi()
{
    setTitle(tr("Create an account"));
    setSubTitle(tr("One account for all your devices. How would you like to sign up?"));
    m_methods->button(int(Method::Email))->setText(tr("&Email"));
    m_explanations[int(Method::Email)]->setText(tr("We send a code and a link to your email address."));
    m_methods->button(int(Method::Phone))->setText(tr("&Phone number"));
    m_explanations[int(Method::Phone)]->setText(tr("We send a code to your phone by SMS."));
    m_note->setText(tr("Whichever you choose, you can also sign in with your account ID, which "
                       "you get at the end."));
}

RegistrationMethodPage::Method RegistrationMethodPage::method() const
{
    return Method(m_methods->checkedId());
}

void RegistrationMethodPage::setMethod(Method method)
{
    QRadioButton* button = methodButton(method);
    if (button->isChecked())
        emit methodChanged();
    else
        button->setChecked(true); // methodChanged() follows from idToggled
}

QRadioButton* RegistrationMethodPage::methodButton(Method method) const
{
    return qobject_cast<QRadioButton*>(m_methods->button(int(method)));
}
