// SPDX-License-Identifier: Apache-2.0
#include "SendCodePage.h"

#include "BusyIndicator.h"
#include "ErrorLabel.h"
#include "Retranslator.h"
#include "protocol/AccountMessages.h"
#include "protocol/ApiError.h"
#include "ui_SendCodePage.h"
#include "validation/EmailAddress.h"
#include "validation/PhoneNumbers.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QWizard>
#include <algorithm>

SendCodePage::SendCodePage(QWidget* parent)
    : SubmitPage(parent)
    , m_ui(std::make_unique<Ui::SendCodePage>())
    , m_buttons(new QButtonGroup(this))
{
    m_ui->setupUi(this);
    frameLayout(m_ui->layout);

    connect(m_buttons, &QButtonGroup::idToggled, pageError(), &ErrorLabel::clear);
    setBusyText([] { return tr("Sending the code…"); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

SendCodePage::~SendCodePage() = default;

QLabel* SendCodePage::singleChoiceLabel() const
{
    return m_ui->singleChoice;
}

void SendCodePage::retranslateUi()
{
    m_ui->retranslateUi(this);
    //: The button that sends a verification code (the guide's «Отправить»)
    setButtonText(QWizard::NextButton, tr("Send"));
    renderChoices();
}

void SendCodePage::renderChoices()
{
    for (int i = 0; i < m_choices.size(); ++i) {
        const RecoveryChoice& choice = m_choices.at(i);
        m_buttons->button(i)->setText(
            choice.via == QLatin1String("phone")
                //: A choice where the code goes; %1 is the masked number, e.g. "+7 *** ***-45-67"
                ? tr("Phone number %1").arg(choice.sentTo)
                //: A choice where the code goes; %1 is the masked address, e.g. "a***@example.com"
                : tr("Email address %1").arg(choice.sentTo));
    }
    if (m_choices.size() == 1) {
        const RecoveryChoice& only = m_choices.first();
        m_ui->singleChoice->setText(
            only.via == QLatin1String("phone")
                //: %1 is the masked phone number, e.g. "+7 *** ***-45-67"
                ? tr("We will send a code by SMS to your phone number %1.").arg(only.sentTo)
                //: %1 is the masked email address, e.g. "a***@example.com"
                : tr("We will send a code to your email address %1.").arg(only.sentTo));
    }
}

void SendCodePage::setChoices(const QList<RecoveryChoice>& choices)
{
    for (QAbstractButton* button : m_buttons->buttons()) {
        m_buttons->removeButton(button);
        delete button;
    }
    m_choices = choices;
    // The phone first: an SMS is what most people get fastest.
    std::stable_sort(m_choices.begin(), m_choices.end(),
                     [](const RecoveryChoice& a, const RecoveryChoice& b) {
                         return a.via == QLatin1String("phone") && b.via != QLatin1String("phone");
                     });
    for (int i = 0; i < m_choices.size(); ++i) {
        const RecoveryChoice& choice = m_choices.at(i);
        const bool phone = choice.via == QLatin1String("phone");
        auto* button = new QRadioButton(this);
        button->setObjectName(phone ? QStringLiteral("viaPhone") : QStringLiteral("viaEmail"));
        m_buttons->addButton(button, i);
        m_ui->choiceLayout->addWidget(button, 0, Qt::AlignLeft);
    }
    if (!m_choices.isEmpty())
        m_buttons->button(0)->setChecked(true);
    const bool several = m_choices.size() > 1;
    m_ui->question->setVisible(several);
    m_ui->singleChoice->setVisible(m_choices.size() == 1);
    renderChoices();
    pageError()->clear();
}

QString SendCodePage::via() const
{
    const int id = m_buttons->checkedId();
    return id >= 0 && id < m_choices.size() ? m_choices.at(id).via : QString();
}

void SendCodePage::setVia(const QString& via)
{
    if (QRadioButton* button = choiceButton(via))
        button->setChecked(true);
}

QRadioButton* SendCodePage::choiceButton(const QString& via) const
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).via == via)
            return qobject_cast<QRadioButton*>(m_buttons->button(i));
    }
    return nullptr;
}

void SendCodePage::setInputsEnabled(bool enabled)
{
    for (QAbstractButton* button : m_buttons->buttons())
        button->setEnabled(enabled);
}

void SendCodePage::submit()
{
    emit sendRequested(via());
}

QList<RecoveryChoice> SendCodePage::choicesFor(const AccountProfile& profile)
{
    QList<RecoveryChoice> choices;
    if (!profile.phone.isEmpty())
        choices.append({ QStringLiteral("phone"), PhoneNumbers::mask(profile.phone) });
    if (!profile.email.isEmpty())
        choices.append({ QStringLiteral("email"), EmailAddress::mask(profile.email) });
    return choices;
}
