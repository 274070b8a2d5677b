// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

class QAction;

// A password field with a show/hide toggle at its end, and a warning there while Caps Lock is on
// and the field has focus (where the platform can tell: CapsLockState). The password never leaves
// it through the clipboard: copy and cut stay blocked even while it is shown.
class PasswordEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordEdit(QWidget* parent = nullptr);

    bool isPasswordShown() const { return echoMode() == QLineEdit::Normal; }
    void setPasswordShown(bool shown);
    QAction* toggleAction() const { return m_toggle; }
    QAction* capsLockAction() const { return m_capsLock; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToggle();
    void updateCapsLock();

    QAction* m_toggle;
    QAction* m_capsLock;
};
