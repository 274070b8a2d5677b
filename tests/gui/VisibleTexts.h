// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

class QWidget;

// What a window shows as text, for the tests that look for English left in a translation.
namespace VisibleTexts {
// What the user reads: no mnemonic "&", no HTML, whitespace simplified.
QString visibleText(QString text);
// The app's English source strings (every message of the .ts) and Qt's wizard and dialog
// buttons, minus the allow-list's entries (which may stay English).
QSet<QString> englishStrings();
// Values the user typed or the server sent (IDs, masked addresses, dates): not translated.
bool isUserData(const QWidget* widget);
// The visible labels', buttons' and group boxes' texts of a window that are English source strings.
QStringList englishLeftovers(QWidget* window, const QSet<QString>& english);
} // namespace VisibleTexts
