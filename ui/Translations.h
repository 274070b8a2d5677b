#pragma once

#include <QLocale>
#include <QString>

// Puts the app in one language: its own strings (embedded .qm), Qt's own (qtbase_*.qm: standard
// buttons, context menus) and QLocale::setDefault for dates and numbers.
class Translations
{
public:
    // "ru", "en", or empty for the system's language. Replaces what an earlier call installed.
    // Returns the language now in use ("en" when nothing else matched).
    static QString install(const QString& language);
    static QStringList available(); // "en", "ru"
};
