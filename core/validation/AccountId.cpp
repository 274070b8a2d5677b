// SPDX-License-Identifier: Apache-2.0
#include "AccountId.h"

AccountId::Problem AccountId::check(const QString& text)
{
    const QString id = text.trimmed();
    if (id.isEmpty())
        return Problem::Empty;
    for (const QChar c : id) {
        // Only ASCII digits: QChar::isDigit() would also take Arabic-Indic or full-width ones.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return Problem::NotDigits;
    }
    return id.size() > maxDigits ? Problem::TooLong : Problem::None;
}

QString AccountId::normalize(const QString& text)
{
    if (!isValid(text))
        return {};
    return QString::number(text.trimmed().toLongLong());
}
