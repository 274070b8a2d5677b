// SPDX-License-Identifier: Apache-2.0
#include "RegionComboBox.h"

#include "CountryNames.h"
#include "validation/PhoneNumbers.h"

#include <QCollator>
#include <algorithm>

RegionComboBox::RegionComboBox(QWidget* parent)
    : QComboBox(parent)
{
    // The regions libphonenumber knows: the same list as the phone code box, so that a region
    // picked here always has a calling code there.
    QList<std::pair<QString, QString>> items;
    for (const PhoneNumbers::Country& country : PhoneNumbers::countries())
        items.append({ CountryNames::name(country.region), country.region });
    QCollator collator;
    std::sort(items.begin(), items.end(),
              [&collator](const auto& a, const auto& b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto& [name, region] : items)
        addItem(name, region);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    setRegion(PhoneNumbers::defaultRegion());
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
