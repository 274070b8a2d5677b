// SPDX-License-Identifier: Apache-2.0
#include "RegionComboBox.h"

#include "CountryNames.h"
#include "Retranslator.h"
#include "validation/PhoneNumbers.h"

#include <QCollator>
#include <QSignalBlocker>
#include <algorithm>

RegionComboBox::RegionComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    Retranslator::follow(this, [this] { fillRegions(); });
    setRegion(PhoneNumbers::defaultRegion());
}

void RegionComboBox::fillRegions()
{
    // The regions libphonenumber knows: the same list as the phone code box, so that a region
    // picked here always has a calling code there. Named and sorted in the app's language, and
    // filled again when it changes, with the same region still chosen.
    QList<std::pair<QString, QString>> items;
    for (const PhoneNumbers::Country& country : PhoneNumbers::countries())
        items.append({ CountryNames::name(country.region), country.region });
    QCollator collator;
    std::sort(items.begin(), items.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    const QString chosen = region();
    const QSignalBlocker blocker(this);
    clear();
    for (const auto& [name, code] : items)
        addItem(name, code);
    if (!chosen.isEmpty())
        setRegion(chosen);
}

QString RegionComboBox::region() const
{
    return currentData().toString();
}

void RegionComboBox::setRegion(const QString& region)
{
    const int index = findData(region.toUpper());
    if (index >= 0)
        setCurrentIndex(index);
}
