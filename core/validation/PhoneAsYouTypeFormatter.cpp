// SPDX-License-Identifier: Apache-2.0
#include "PhoneAsYouTypeFormatter.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumberUtil;

PhoneAsYouTypeFormatter::PhoneAsYouTypeFormatter(const QString& region)
    : m_region(region.toUpper())
    , m_formatter(PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(m_region.toStdString()))
{
}

PhoneAsYouTypeFormatter::~PhoneAsYouTypeFormatter() = default;

QString PhoneAsYouTypeFormatter::format(const QString& input)
{
    m_formatter->Clear();
    std::string result;
    for (const QChar c : input) {
        if (c.isDigit())
            m_formatter->InputDigit(static_cast<i18n::phonenumbers::char32>(c.digitValue() + '0'), &result);
    }
    return QString::fromStdString(result);
}
