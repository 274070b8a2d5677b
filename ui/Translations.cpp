#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace {
QPointer<QTranslator> s_app;
QPointer<QTranslator> s_qt;

void remove(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}
} // namespace

QStringList Translations::available()
{
    return { QStringLiteral("en"), QStringLiteral("ru") };
}

QString Translations::install(const QString& language)
{
    remove(s_app);
    remove(s_qt);

    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: nothing to load, and unknown languages fall back to it.
    QString chosen = QStringLiteral("en");
    auto* app = new QTranslator(QCoreApplication::instance());
    // A language without a translation falls back to English, whose file holds the plural forms.
    if (app->load(locale, QStringLiteral("account-manager"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || app->load(QLocale(QLocale::English), QStringLiteral("account-manager"), QStringLiteral("_"),
                     QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app);
        s_app = app;
        chosen = app->language().left(2);
    } else {
        delete app;
    }
    if (chosen == QLatin1String("en"))
        locale = language.isEmpty() && QLocale::system().language() == QLocale::English
            ? QLocale::system()
            : QLocale(QLocale::English);

    auto* qt = new QTranslator(QCoreApplication::instance());
    if (chosen != QLatin1String("en")
        && qt->load(QLocale(chosen), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        s_qt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(locale);
    return chosen;
}
