// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// Phone numbers through libphonenumber: parsing with a region, E.164, display formats, calling codes.
// Hand-written rules would be wrong for most of the world's numbering plans.
class PhoneNumbers
{
public:
    struct Country
    {
        QString region; // "RU"
        int callingCode = 0; // 7
    };

    // "8 912 345-67-89" with region "RU" -> "+79123456789"; empty when not a valid number there, or
    // when it is a global service number of no country (+800, +881, +979).
    // Reads libphonenumber's metadata now (about 7 ms, once per process), so the first phone field
    // or country list shown does not; safe on any thread.
    static void preload();
    static QString toE164(const QString& input, const QString& region);
    static bool isValid(const QString& input, const QString& region);
    // "+79123456789" -> "+7 912 345-67-89"
    static QString formatInternational(const QString& e164);
    // "+79123456789" -> "+7 *** ***-67-89": enough for its owner to recognise, useless to anyone else.
    static QString mask(const QString& e164);
    static int callingCode(const QString& region);
    // Region of a E.164 number ("+7912…" -> "RU"), empty when unknown.
    static QString regionOf(const QString& e164);
    // Every region libphonenumber knows, with its calling code, sorted by region code.
    static QList<Country> countries();
    // The region to preselect for a locale: QLocale("ru_RU") -> "RU"; a locale without a territory
    // ("C") falls back to the application's default locale (QLocale()), then to "US".
    static QString defaultRegion(const QLocale& locale = QLocale::system());
};
