// SPDX-License-Identifier: Apache-2.0
#include "VisibleTexts.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QTextDocument>
#include <QWidget>
#include <QXmlStreamReader>

namespace VisibleTexts {
// What the user reads: no mnemonic "&", no HTML.
QString visibleText(QString text)
{
    if (Qt::mightBeRichText(text)) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.simplified();
}

// The English source strings of the app (from the Russian .ts: every message) and of Qt's own
// buttons a page can show; the allow-list's entries may stay English.
QSet<QString> englishStrings()
{
    QSet<QString> allowed;
    QFile allow(QStringLiteral(TEST_SOURCE_DIR "/translations/lint-allow.txt"));
    if (allow.open(QIODevice::ReadOnly | QIODevice::Text)) {
        for (const QString& line : QString::fromUtf8(allow.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                allowed.insert(visibleText(line.section(QLatin1Char('|'), -1)));
        }
    }
    QSet<QString> strings { QStringLiteral("Cancel"), QStringLiteral("< Back"), QStringLiteral("Next >"),
                            QStringLiteral("Finish"), QStringLiteral("Close"),  QStringLiteral("OK"),
                            QStringLiteral("Back"),   QStringLiteral("Next"),   QStringLiteral("Done") };
    QFile ts(QStringLiteral(TEST_SOURCE_DIR "/translations/account-manager_ru.ts"));
    if (ts.open(QIODevice::ReadOnly)) {
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("source"))
                strings.insert(visibleText(xml.readElementText()));
        }
    }
    return strings - allowed;
}

// Values the user typed or the server sent (IDs, masked addresses, dates): not translated.
bool isUserData(const QWidget* widget)
{
    if (widget->objectName().endsWith(QLatin1String("Value")))
        return true;
    const auto* label = qobject_cast<const QLabel*>(widget);
    return label && (label->textInteractionFlags() & Qt::TextSelectableByMouse);
}

QStringList englishLeftovers(QWidget* window, const QSet<QString>& english)
{
    QStringList found;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window) || isUserData(widget))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget))
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(widget))
            text = box->title();
        const QString shown = visibleText(text);
        if (english.contains(shown))
            found << shown;
    }
    return found;
}
} // namespace VisibleTexts
