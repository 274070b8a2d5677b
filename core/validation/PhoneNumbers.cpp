// SPDX-License-Identifier: Apache-2.0
#include "PhoneNumbers.h"

#include <algorithm>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <set>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

PhoneNumberUtil* util()
{
    return PhoneNumberUtil::GetInstance();
}

bool parse(const QString& input, const QString& region, PhoneNumber* number)
{
    // libphonenumber accepts absurdly long input and letters (vanity numbers); the account
    // system wants neither.
    if (input.size() > 40)
        return false;
    for (const QChar c : input) {
        if (c.isLetter())
            return false;
    }
    return util()->Parse(input.toStdString(), region.toUpper().toStdString(), number)
        == PhoneNumberUtil::NO_PARSING_ERROR;
}

} // namespace

void PhoneNumbers::preload()
{
    util();
}

QString PhoneNumbers::toE164(const QString& input, const QString& region)
{
    PhoneNumber number;
    if (!parse(input.trimmed(), region, &number) || !util()->IsValidNumber(number))
        return {};
    std::string formatted;
    util()->Format(number, PhoneNumberUtil::E164, &formatted);
    // E.164 allows 15 digits at most. libphonenumber's metadata accepts a few longer national numbers
    // ("+4940012315115677", Hamburg): the server's sign-in by phone and SMS gateways take no such
    // number, so an account registered with one could not sign in with it.
    if (formatted.size() > 1 + 15)
        return {};
    // An account's phone belongs to a country: registration asks for the region, the sign-in's phone
    // field picks one, and the number is shown with that country's code. Global service numbers
    // (+800 freephone, +881 satellite, +979 premium rate) belong to none, and no code reaches an
    // account through a premium-rate line: they are not an account's phone.
    std::string numberRegion;
    util()->GetRegionCodeForNumber(number, &numberRegion);
    if (numberRegion == PhoneNumberUtil::kRegionCodeForNonGeoEntity)
        return {};
    return QString::fromStdString(formatted);
}

bool PhoneNumbers::isValid(const QString& input, const QString& region)
{
    return !toE164(input, region).isEmpty();
}

QString PhoneNumbers::formatInternational(const QString& e164)
{
    PhoneNumber number;
    if (!parse(e164, QStringLiteral("ZZ"), &number))
        return e164;
    std::string formatted;
    util()->Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNumbers::mask(const QString& e164)
{
    // Keep the country code and the last four digits, as the formatted number shows them; every
    // other digit becomes '*'. "+7 912 345-67-89" -> "+7 *** ***-67-89".
    const QString formatted = formatInternational(e164);
    const int codeEnd = formatted.indexOf(QLatin1Char(' '));
    if (codeEnd < 0 || formatted.size() < 6)
        return QStringLiteral("***");
    QString result = formatted;
    int digitsFromEnd = 0;
    for (int i = result.size() - 1; i > codeEnd; --i) {
        if (!result.at(i).isDigit())
            continue;
        if (++digitsFromEnd > 4)
            result[i] = QLatin1Char('*');
    }
    return result;
}

int PhoneNumbers::callingCode(const QString& region)
{
    return util()->GetCountryCodeForRegion(region.toUpper().toStdString());
}

QString PhoneNumbers::regionOf(const QString& e164)
{
    PhoneNumber number;
    if (!parse(e164, QStringLiteral("ZZ"), &number))
        return {};
    std::string region;
    util()->GetRegionCodeForNumber(number, &region);
    return region == "ZZ" ? QString() : QString::fromStdString(region);
}

QList<PhoneNumbers::Country> PhoneNumbers::countries()
{
    std::set<std::string> regions;
    util()->GetSupportedRegions(&regions);
    QList<Country> result;
    result.reserve(int(regions.size()));
    for (const auto& region : regions)
        result.append({ QString::fromStdString(region), util()->GetCountryCodeForRegion(region) });
    return result; // std::set keeps them sorted by region code
}

QString PhoneNumbers::defaultRegion(const QLocale& locale)
{
    // The locale's own territory first ("ru_RU" -> RU); a locale without one (the "C" locale of a
    // bare system) defers to the application's default locale, which follows the chosen language.
    for (const QLocale& candidate : { locale, QLocale() }) {
        const QString name = candidate.name(); // "ru_RU"
        const int underscore = name.indexOf(QLatin1Char('_'));
        const QString region = underscore > 0 ? name.mid(underscore + 1) : QString();
        if (region.size() == 2 && callingCode(region) != 0)
            return region;
    }
    return QStringLiteral("US");
}
