// SPDX-License-Identifier: Apache-2.0
#include "EmailAddress.h"

#include <QRegularExpression>

namespace {
// Look-alikes: "exаmple.com" with a Cyrillic "а", or "ａnna" in fullwidth letters, reads as someone
// else's address. Each part (the local part and every domain label) keeps to one script, and the text
// must already be in NFKC form, which rules out fullwidth and other compatibility variants.
// "почта.рф" and "anna@почта.рф" stay valid: each label is of one script.
bool isSingleScriptPerLabel(const QString& email)
{
    if (email.normalized(QString::NormalizationForm_KC) != email)
        return false;
    QChar::Script script = QChar::Script_Unknown;
    for (const QChar c : email) {
        if (c == QLatin1Char('@') || c == QLatin1Char('.')) {
            script = QChar::Script_Unknown;
            continue;
        }
        const QChar::Script own = c.script();
        if (own == QChar::Script_Common || own == QChar::Script_Inherited)
            continue;
        if (script != QChar::Script_Unknown && own != script)
            return false;
        script = own;
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
    if (!isSingleScriptPerLabel(email))
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
