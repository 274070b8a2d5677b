// SPDX-License-Identifier: Apache-2.0
#include "KeyboardUser.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QTest>
#include <QWidget>

bool KeyboardUser::waitForKeyboard(const QWidget* window, int timeoutMs)
{
    return QTest::qWaitFor(
        [window] {
            const QWidget* focus = QApplication::focusWidget();
            return QApplication::activeWindow() == window && focus && focus->window() == window;
        },
        timeoutMs);
}

bool KeyboardUser::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget();
    if (!target) {
        qWarning("KeyboardUser: nothing has the keyboard focus");
        return false;
    }
    QTest::keyClick(target, Qt::Key(key), modifiers);
    return true;
}

bool KeyboardUser::type(const QString& text)
{
    if (text.isEmpty()) {
        qWarning("KeyboardUser: nothing to type (a code that never came?)");
        return false;
    }
    QWidget* target = QApplication::focusWidget();
    if (!target) {
        qWarning("KeyboardUser: nothing has the keyboard focus");
        return false;
    }
    QTest::keyClicks(target, text);
    return true;
}

bool KeyboardUser::tabTo(const QWidget* target)
{
    for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i) {
        if (!press(Qt::Key_Tab))
            return false;
    }
    return QApplication::focusWidget() == target;
}

QList<QWidget*> KeyboardUser::tabChain(int limit)
{
    QList<QWidget*> chain;
    QWidget* start = QApplication::focusWidget();
    if (!start)
        return chain;
    chain << start;
    for (int i = 0; i < limit; ++i) {
        press(Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now || now == start)
            break;
        chain << now;
    }
    return chain;
}

QString KeyboardUser::describe(const QWidget* widget)
{
    if (!widget)
        return QStringLiteral("(none)");
    QString text;
    if (auto* button = qobject_cast<const QAbstractButton*>(widget))
        text = button->text();
    return QStringLiteral("%1 '%2'%3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             text.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(text));
}

QStringList KeyboardUser::readingOrderProblems(const QList<QWidget*>& chain, const QWidget* page)
{
    // The chain is a ring: read it from where the page begins, after the window's own buttons
    // (the focus may start further down, on the field to type into first).
    QList<QWidget*> ring = chain;
    for (int i = 1; i < chain.size(); ++i) {
        if (page->isAncestorOf(chain.at(i)) && !page->isAncestorOf(chain.at(i - 1))) {
            ring = chain.mid(i) + chain.mid(0, i);
            break;
        }
    }
    QStringList problems;
    const QWidget* previous = nullptr;
    QRect previousRect;
    for (const QWidget* widget : qAsConst(ring)) {
        if (!page->isAncestorOf(widget))
            continue;
        const QRect rect(widget->mapTo(page->window(), QPoint(0, 0)), widget->size());
        if (previous) {
            // Out of order: it starts above where the previous one ends and lies wholly above it
            // (a later line may not come first), or it is on the same line and to the left.
            const bool above = rect.bottom() < previousRect.top();
            const bool sameLine = rect.top() < previousRect.bottom() && rect.bottom() > previousRect.top();
            const bool left = sameLine && rect.right() < previousRect.left();
            if (above || left) {
                problems << QStringLiteral("%1 at (%2,%3) comes after %4 at (%5,%6)")
                                .arg(describe(widget))
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(describe(previous))
                                .arg(previousRect.x())
                                .arg(previousRect.y());
            }
        }
        previous = widget;
        previousRect = rect;
    }
    return problems;
}

QStringList KeyboardUser::mnemonicClashes(const QWidget* window)
{
    QMap<QKeySequence, QStringList> byKey;
    auto add = [&](const QWidget* widget, const QString& text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key] << describe(widget);
    };
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible())
            continue;
        if (auto* button = qobject_cast<const QAbstractButton*>(widget))
            add(widget, button->text());
        else if (auto* label = qobject_cast<const QLabel*>(widget); label && label->buddy())
            add(widget, label->text());
        else if (auto* group = qobject_cast<const QGroupBox*>(widget); group && group->isCheckable())
            add(widget, group->title());
    }
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key().toString(),
                                                    it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}
