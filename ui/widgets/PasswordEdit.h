// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineEdit>

class QAction;

// A password field with a show/hide toggle at its end. The password never leaves it through the
// clipboard: copy and cut stay blocked even while it is shown.
class PasswordEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit PasswordEdit(QWidget* parent = nullptr);

    bool isPasswordShown() const { return echoMode() == QLineEdit::Normal; }
    void setPasswordShown(bool shown);
    QAction* toggleAction() const { return m_toggle; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateToggle();

    QAction* m_toggle;
};
