// SPDX-License-Identifier: Apache-2.0
#include "PhoneNumberEdit.h"

#include "CountryNames.h"
#include "Retranslator.h"
#include "validation/PhoneAsYouTypeFormatter.h"
#include "validation/PhoneNumbers.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <algorithm>

PhoneNumberEdit::PhoneNumberEdit(QWidget* parent)
    : QWidget(parent)
    , m_country(new QComboBox(this))
    , m_number(new QLineEdit(this))
{
    m_country->setObjectName(QStringLiteral("countryCode"));
    m_number->setObjectName(QStringLiteral("phoneNumber"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_country->setMaxVisibleItems(15);
    m_country->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_country->setMinimumContentsLength(14);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_country);
    layout->addWidget(m_number, 1);
    setFocusProxy(m_number);

    Retranslator::follow(this, [this] { retranslateUi(); });
    setRegion(PhoneNumbers::defaultRegion());
    connect(m_country, &QComboBox::currentIndexChanged, this, &PhoneNumberEdit::regionChanged);
    connect(m_number, &QLineEdit::textEdited, this, &PhoneNumberEdit::reformat);
}

PhoneNumberEdit::~PhoneNumberEdit() = default;

void PhoneNumberEdit::retranslateUi()
{
    m_country->setAccessibleName(tr("Country code"));
    // On Linux Qt names a combo box by its current item ("Russia +7"): the description keeps
    // what the box is for.
    m_country->setAccessibleDescription(tr("Country code"));
    m_number->setAccessibleName(tr("Phone number without the country code"));

    struct Item
    {
        QString name;
        QString region;
        int code;
    };
    QList<Item> items;
    for (const PhoneNumbers::Country& country : PhoneNumbers::countries())
        items.append({ CountryNames::name(country.region), country.region, country.callingCode });
    // Sorted by the name the user reads, in the user's language (QLocale's default is the app's).
    QCollator collator;
    std::sort(items.begin(), items.end(),
              [&collator](const Item& a, const Item& b) { return collator.compare(a.name, b.name) < 0; });
    // Filled again in the new language, with the same country still chosen and no regionChanged():
    // nothing the user picked changes.
    const QString chosen = m_country->currentData().toString();
    const QSignalBlocker blocker(m_country);
    m_country->clear();
    for (const Item& item : items) {
        //: A country in the phone code list: %1 is its name, %2 its calling code ("Russia +7")
        m_country->addItem(tr("%1 +%2").arg(item.name).arg(item.code), item.region);
    }
    if (!chosen.isEmpty())
        m_country->setCurrentIndex(m_country->findData(chosen));
}

QString PhoneNumberEdit::region() const
{
    return m_country->currentData().toString();
}

void PhoneNumberEdit::setRegion(const QString& region)
{
    const int index = m_country->findData(region.toUpper());
    if (index >= 0)
        m_country->setCurrentIndex(index);
    m_formatter = std::make_unique<PhoneAsYouTypeFormatter>(this->region());
}

QString PhoneNumberEdit::nationalNumber() const
{
    return m_number->text();
}

void PhoneNumberEdit::setNationalNumber(const QString& number)
{
    m_number->setText(number);
    reformat();
}

bool PhoneNumberEdit::isEmpty() const
{
    return m_number->text().trimmed().isEmpty();
}

bool PhoneNumberEdit::isValid() const
{
    return PhoneNumbers::isValid(m_number->text(), region());
}

QString PhoneNumberEdit::e164() const
{
    return PhoneNumbers::toE164(m_number->text(), region());
}

void PhoneNumberEdit::regionChanged()
{
    m_formatter = std::make_unique<PhoneAsYouTypeFormatter>(region());
    reformat();
}

void PhoneNumberEdit::reformat()
{
    QString text = m_number->text();
    if (text.trimmed().startsWith(QLatin1Char('+'))) {
        // A number typed or pasted in international form ("+7 916 123-45-67") picks its own country
        // code, as soon as it is a whole valid number; until then it is left as typed.
        const QString e164 = PhoneNumbers::toE164(text, QStringLiteral("ZZ"));
        const QString region = PhoneNumbers::regionOf(e164);
        if (e164.isEmpty() || region.isEmpty()) {
            emit changed();
            return;
        }
        const int index = m_country->findData(region);
        if (index >= 0) {
            const QSignalBlocker blocker(m_country);
            m_country->setCurrentIndex(index);
            m_formatter = std::make_unique<PhoneAsYouTypeFormatter>(region);
        }
        text = e164.mid(1 + QString::number(PhoneNumbers::callingCode(region)).size());
        m_number->setText(text);
        m_number->setCursorPosition(text.size());
    }
    // Keep the cursor after the same digit it was after, whatever spaces and dashes move around.
    int digitsBeforeCursor = 0;
    for (int i = 0; i < m_number->cursorPosition() && i < text.size(); ++i) {
        if (text.at(i).isDigit())
            ++digitsBeforeCursor;
    }
    const QString formatted = m_formatter->format(text);
    if (formatted != text) {
        int cursor = 0;
        for (int seen = 0; cursor < formatted.size() && seen < digitsBeforeCursor; ++cursor) {
            if (formatted.at(cursor).isDigit())
                ++seen;
        }
        m_number->setText(formatted);
        m_number->setCursorPosition(cursor);
    }
    emit changed();
}
