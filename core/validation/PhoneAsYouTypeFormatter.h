// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <memory>

namespace i18n::phonenumbers {
class AsYouTypeFormatter;
}

// Formats a national number while it is typed ("9123456789" -> "912 345-67-89" for RU),
// libphonenumber's AsYouTypeFormatter behind a Qt interface.
class PhoneAsYouTypeFormatter
{
public:
    explicit PhoneAsYouTypeFormatter(const QString& region);
    ~PhoneAsYouTypeFormatter();
    PhoneAsYouTypeFormatter(const PhoneAsYouTypeFormatter&) = delete;
    PhoneAsYouTypeFormatter& operator=(const PhoneAsYouTypeFormatter&) = delete;

    // Formats the digits of `input` (everything else is dropped) as a national number of the region.
    QString format(const QString& input);

private:
    QString m_region;
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> m_formatter;
};
