// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QTranslator;

// What the server writes to people (emails, SMS, the email link's page) in one of the account
// languages (accountLanguages(): en, ru, zh_CN). One server process writes in all of them at
// once, so no translator is installed for the whole application: each language has its own
// QTranslator (translations/account-server_LANG.ts, built into :/server-i18n), and a text is looked
// up in the one of its language. Translators edit those .ts files as they do the app's.
//
// Mark every source with QT_TRANSLATE_NOOP("Context", "…") (QT_TRANSLATE_N_NOOP for a %n plural)
// where it is written, so that lupdate finds it, and look it up with the same context.
class ServerText
{
public:
    // Any language the server does not write reads as English.
    explicit ServerText(const QString& language);

    QString language() const { return m_language; }
    // For <html lang>: "en", "ru", "zh-CN".
    QString htmlLanguage() const;
    // The translation of source in context, "%n" replaced by n in a plural (n >= 0); the English
    // source where the language has none.
    QString get(const char* context, const char* source, int n = -1) const;

private:
    QString m_language;
    const QTranslator* m_translator; // English has one too: its plural forms
};
