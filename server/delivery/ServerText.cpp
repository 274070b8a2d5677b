// SPDX-License-Identifier: Apache-2.0
#include "ServerText.h"

#include "AccountMessages.h"

#include <QHash>
#include <QTranslator>

namespace {
// Loaded once, on first use, from whichever thread gets there first (a function-local static is
// made by exactly one); afterwards only read, which QTranslator::translate() allows from any thread.
const QHash<QString, const QTranslator*>& translators()
{
    static const QHash<QString, const QTranslator*> loaded = [] {
        QHash<QString, const QTranslator*> map;
        for (const QString& language : accountLanguages()) {
            auto* translator = new QTranslator; // lives as long as the process
            if (translator->load(QStringLiteral(":/server-i18n/account-server_") + language))
                map.insert(language, translator);
            else
                delete translator;
        }
        return map;
    }();
    return loaded;
}
} // namespace

ServerText::ServerText(const QString& language)
    : m_language(accountLanguages().contains(language) ? language : QStringLiteral("en"))
    , m_translator(translators().value(m_language))
{
}

QString ServerText::htmlLanguage() const
{
    return QString(m_language).replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString ServerText::get(const char* context, const char* source, int n) const
{
    QString text = m_translator ? m_translator->translate(context, source, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}
