// SPDX-License-Identifier: Apache-2.0
#include "EmailAddress.h"

#include <QRegularExpression>
#include <memory>
#include <unicode/uspoof.h>

namespace {
// Look-alikes: "exаmple.com" with a Cyrillic "а", or "ａnna" in fullwidth letters, reads as someone
// else's address. ICU's spoof checker (Unicode TS #39) judges each part on its own (the local part
// and every domain label), at the "highly restrictive" level: one script per part, or one of the
// combinations a language writes with (Han with Hiragana and Katakana, Han with Hangul, either with
// Latin). "お名前.com" (Japanese), "anna@почта.рф" (a Latin name at a Cyrillic domain) pass;
// Cyrillic mixed into a Latin label, invisible characters and digits of two systems do not. The
// text must also already be in NFKC form, which rules out fullwidth and other compatibility forms.
struct SpoofCheckerDeleter
{
    void operator()(USpoofChecker* checker) const { uspoof_close(checker); }
};

bool isPlausibleLabel(const USpoofChecker* checker, QStringView label)
{
    UErrorCode status = U_ZERO_ERROR;
    const int32_t result = uspoof_check2(checker, reinterpret_cast<const UChar*>(label.utf16()),
                                         static_cast<int32_t>(label.size()), nullptr, &status);
    return U_SUCCESS(status) && result == 0;
}

bool hasNoLookAlikes(const QString& email)
{
    if (email.normalized(QString::NormalizationForm_KC) != email)
        return false;
    // One checker for the process: opening one loads ICU's confusables data. uspoof_check2 on a
    // checker that is not changed after it was set up is safe from several threads.
    static const std::unique_ptr<USpoofChecker, SpoofCheckerDeleter> checker = [] {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker* made = uspoof_open(&status);
        uspoof_setChecks(made, USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &status);
        uspoof_setRestrictionLevel(made, USPOOF_HIGHLY_RESTRICTIVE);
        return std::unique_ptr<USpoofChecker, SpoofCheckerDeleter>(U_SUCCESS(status) ? made : nullptr);
    }();
    if (!checker)
        return false; // no ICU data: refuse rather than let look-alikes through
    for (const QStringView label : QStringView(email).split(QRegularExpression(QStringLiteral("[@.]")))) {
        if (!isPlausibleLabel(checker.get(), label))
            return false;
    }
    return true;
}
} // namespace

QString EmailAddress::normalize(const QString& input)
{
    const QString email = input.trimmed().toLower();
    if (email.isEmpty() || email.size() > 254)
        return {};
    // Deliberately simple: one @, a local part and a dotted domain of printable ASCII or letters,
    // no spaces or controls. The verification code proves the rest; RFC 5322 in full would
    // accept addresses no mail system delivers to.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$)"));
    if (!pattern.match(email).hasMatch())
        return {};
    const int at = email.indexOf(QLatin1Char('@'));
    const QStringView local = QStringView(email).left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return {};
    if (!hasNoLookAlikes(email))
        return {};
    return email;
}

QString EmailAddress::mask(const QString& email)
{
    const int at = email.indexOf(QLatin1Char('@'));
    if (at < 1)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}
