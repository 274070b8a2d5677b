// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Country and region names in the user's language. QLocale only knows English names of other
// territories, so the names are translated like any other string (context "CountryNames").
class CountryNames
{
public:
    // "RU" -> "Russia" / "Россия"; the code itself when unknown.
    static QString name(const QString& region);
};
