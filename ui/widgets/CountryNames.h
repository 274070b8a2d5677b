// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Country and region names in the user's language, from ICU (CLDR): QLocale only knows English
// names of other territories, and ICU, which libphonenumber brings along, has them in every
// language it covers, so translators need not keep ~250 names in each .ts file.
class CountryNames
{
public:
    // "RU" -> "Russia" / "Россия" / "俄罗斯", in the language of QLocale's default (which
    // Translations::install sets to the UI's language); the code itself when unknown.
    static QString name(const QString& region);
};
