// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {
QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;
QString s_current = QStringLiteral("en");

const QString kPseudo = QStringLiteral("pseudo");

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Qt's own strings for the language (standard buttons, wizard buttons, context menus); the
// pseudo-locale has its own copy, generated at build time next to the app's.
void installQt(const QString& chosen)
{
    if (chosen == QLatin1String("en"))
        return;
    auto* qt = new QTranslator(QCoreApplication::instance());
    const bool loaded = chosen == kPseudo
        ? qt->load(QStringLiteral(":/i18n/qtbase_pseudo.qm"))
        : qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (loaded) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
}
} // namespace

QStringList Translations::available()
{
    // Whatever ui/CMakeLists.txt embeds: adding a language takes its .ts and one CMake line.
    QStringList languages { QStringLiteral("en") };
    const QStringList files
        = QDir(QStringLiteral(":/i18n"))
              .entryList({ QStringLiteral("account-manager_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString language = file.mid(16, file.size() - 16 - 3); // account-manager_<language>.qm
        if (language != QLatin1String("en") && language != kPseudo)
            languages.append(language);
    }
    return languages;
}

QString Translations::current()
{
    return s_current;
}

QString Translations::nativeName(const QString& language)
{
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == kPseudo)
        return QStringLiteral("[Ƥšéûðö]");
    // QLocale knows each language's own name; capitalised as a menu entry.
    const QString name = QLocale(language).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

QString Translations::install(const QString& language)
{
    remove(s_app);
    remove(s_qt);

    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: nothing to load, and unknown languages fall back to it.
    QString chosen = QStringLiteral("en");
    auto* app = new QTranslator(QCoreApplication::instance());
    const QString dir = QStringLiteral(":/i18n");
    const QString base = QStringLiteral("account-manager");
    // A language without a translation falls back to English, whose file holds the plural forms.
    const bool loaded = language == kPseudo ? app->load(base + QLatin1String("_pseudo"), dir)
                                            : app->load(locale, base, QStringLiteral("_"), dir);
    if (loaded || app->load(QLocale(QLocale::English), base, QStringLiteral("_"), dir)) {
        QCoreApplication::installTranslator(app);
        s_app = app;
        chosen = QStringLiteral("en");
        // The file's own language ("ru_RU", "zh_CN") named as in available(): "ru", "zh_CN".
        const QString loadedLanguage = app->language();
        for (const QString& name : available()) {
            if (loadedLanguage == name || loadedLanguage.startsWith(name + QLatin1Char('_')))
                chosen = name;
        }
        if (loaded && language == kPseudo)
            chosen = kPseudo;
    } else {
        delete app;
    }
    if (chosen == QLatin1String("en") || chosen == kPseudo)
        locale = language.isEmpty() && QLocale::system().language() == QLocale::English
            ? QLocale::system()
            : QLocale(QLocale::English);

    installQt(chosen);
    QLocale::setDefault(locale);
    s_current = chosen;
    return chosen;
}
