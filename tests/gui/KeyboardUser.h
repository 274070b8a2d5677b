// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QWidget;
class QWizard;

// A user with a keyboard and nothing else: every key goes to whatever has the focus, as the
// window system would send it. What the keyboard-only tests share: pressing and typing, the Tab
// chain of a window, and the checks that a page can be used that way (a reading-order chain,
// one mnemonic per key).
class KeyboardUser
{
public:
    // True once window is the application's active window and its focus widget has the keyboard.
    // (QTest::qWaitForWindowActive looks at the window system's side only: keys sent right after
    // it still reach the window that had the focus before.)
    static bool waitForKeyboard(const QWidget* window, int timeoutMs = 10000);
    // A key to the focus widget; false (and a warning) when nothing has the focus.
    static bool press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Types text key by key; false when there is nothing to type or nothing has the focus.
    static bool type(const QString& text);
    // Presses Tab until target has the focus (at most a full round of the chain).
    static bool tabTo(const QWidget* target);
    // The widgets Tab visits from the current focus, once round, the start first.
    static QList<QWidget*> tabChain(int limit = 60);
    // The chain's widgets inside page that are out of reading order (above, or on the same line
    // left of, the one before), read round from the page's first widget after the window's
    // buttons, described for a failure message; empty when the order is right.
    static QStringList readingOrderProblems(const QList<QWidget*>& chain, const QWidget* page);
    // The Alt+letter keys that two visible controls of window share, described; empty when none.
    static QStringList mnemonicClashes(const QWidget* window);
    // "QLineEdit 'email'" for failure messages.
    static QString describe(const QWidget* widget);
};
