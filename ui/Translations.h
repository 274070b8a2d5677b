// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// Puts the app in one language: its own strings (embedded .qm), Qt's own (qtbase_*.qm: standard
// buttons, context menus) and QLocale::setDefault for dates and numbers. Installing a translator
// sends QEvent::LanguageChange to every widget, so open windows retranslate themselves.
class Translations
{
public:
    // "en", "ru", "zh_CN", "pseudo" (the build-time pseudo-locale for testing layouts), or empty
    // for the system's language. Replaces what an earlier call installed.
    // Returns the language now in use ("en" when nothing else matched).
    static QString install(const QString& language);
    static QStringList available(); // the embedded languages: "en", "ru", "zh_CN"
    static QString current(); // what the last install() returned
    static QString nativeName(const QString& language); // "English", "Русский", "简体中文"
};
