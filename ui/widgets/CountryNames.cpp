// SPDX-License-Identifier: Apache-2.0
#include "CountryNames.h"

#include <QLocale>
#include <unicode/locid.h>
#include <unicode/unistr.h>

QString CountryNames::name(const QString& region)
{
    const QString code = region.trimmed().toUpper();
    if (code.size() != 2)
        return region;
    const icu::Locale display(QLocale().name().toLatin1().constData()); // "ru_RU", "zh_CN", "en_US"
    const icu::Locale territory("", code.toLatin1().constData());
    icu::UnicodeString name;
    territory.getDisplayCountry(display, name);
    // For a code CLDR does not know, ICU answers with the code itself.
    if (name.isEmpty() || name == icu::UnicodeString(code.toLatin1().constData()))
        return region;
    return QString(reinterpret_cast<const QChar*>(name.getBuffer()), name.length());
}
