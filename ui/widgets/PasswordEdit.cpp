// SPDX-License-Identifier: Apache-2.0
#include "PasswordEdit.h"

#include "CapsLockState.h"

#include <QAccessible>
#include <QAction>
#include <QContextMenuEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>

PasswordEdit::PasswordEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_toggle(new QAction(this))
    , m_capsLock(new QAction(this))
{
    // Caps Lock on while typing a password: the most common reason for a "wrong" one.
    m_capsLock->setObjectName(QStringLiteral("capsLockWarning"));
    m_capsLock->setIcon(QIcon(QStringLiteral(":/icons/caps-lock.svg")));
    m_capsLock->setVisible(false);
    addAction(m_capsLock, QLineEdit::TrailingPosition);
    setEchoMode(QLineEdit::Password);
    setClearButtonEnabled(false);
    m_toggle->setObjectName(QStringLiteral("togglePassword"));
    m_toggle->setCheckable(true);
    addAction(m_toggle, QLineEdit::TrailingPosition);
    connect(m_toggle, &QAction::toggled, this, &PasswordEdit::setPasswordShown);
    updateToggle();
}

void PasswordEdit::setPasswordShown(bool shown)
{
    setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    updateToggle();
}

void PasswordEdit::updateToggle()
{
    const bool shown = isPasswordShown();
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(shown);
    m_toggle->setIcon(QIcon(shown ? QStringLiteral(":/icons/password-hide.svg")
                                  : QStringLiteral(":/icons/password-show.svg")));
    m_toggle->setText(shown ? tr("Hide password") : tr("Show password"));
    m_toggle->setToolTip(m_toggle->text());
    //: Shown in a password field while Caps Lock is on
    m_capsLock->setText(tr("Caps Lock is on"));
    m_capsLock->setToolTip(m_capsLock->text());
}

void PasswordEdit::updateCapsLock()
{
    const bool on = hasFocus() && CapsLockState::current() == CapsLockState::State::On;
    if (on == m_capsLock->isVisible())
        return;
    m_capsLock->setVisible(on);
    // Said, not only drawn: a screen reader hears it with the field.
    setAccessibleDescription(on ? m_capsLock->text() : QString());
    if (on) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void PasswordEdit::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    updateCapsLock();
}

void PasswordEdit::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    updateCapsLock();
}

void PasswordEdit::keyReleaseEvent(QKeyEvent* event)
{
    QLineEdit::keyReleaseEvent(event);
    // After the key: a press of Caps Lock itself changes the state only once it is handled.
    updateCapsLock();
}

void PasswordEdit::changeEvent(QEvent* event)
{
    QLineEdit::changeEvent(event);
    // The eye's "Show password" / "Hide password" in the new language.
    if (event->type() == QEvent::LanguageChange)
        updateToggle();
    // Back in the window from elsewhere, where Caps Lock may have been switched.
    if (event->type() == QEvent::ActivationChange)
        updateCapsLock();
}

void PasswordEdit::keyPressEvent(QKeyEvent* event)
{
    updateCapsLock();
    if (event->matches(QKeySequence::Copy) || event->matches(QKeySequence::Cut)) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void PasswordEdit::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createStandardContextMenu();
    // Copy and cut would put the password on the clipboard once it is shown. Qt 6.4 gives the
    // standard actions no names; their text ends with the shortcut, which is not translated.
    const auto shortcut = [](QKeySequence::StandardKey key) {
        return QLatin1Char('\t') + QKeySequence(key).toString(QKeySequence::NativeText);
    };
    for (QAction* action : menu->actions()) {
        if (action->text().endsWith(shortcut(QKeySequence::Copy))
            || action->text().endsWith(shortcut(QKeySequence::Cut)))
            action->setEnabled(false);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}
