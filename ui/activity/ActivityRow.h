// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/ActivityMessages.h"

#include <QFrame>

class QLabel;
class QPushButton;

// One event of the account's activity: the icon of its type, a sentence saying what happened
// ("The password was changed"), when (local time), on which device (this computer marked) and from
// which address (its last part hidden by the server). A sign-in or a new device that is not this
// computer has "Was this you?", the way to the password change. The row's accessible name reads
// all of it, so that a screen reader gives the whole event in one go.
class ActivityRow : public QFrame
{
    Q_OBJECT

public:
    // thisComputer: the event's device is the computer the app runs on (the caller matched it).
    ActivityRow(const ActivityEvent& event, bool thisComputer, QWidget* parent = nullptr);

    const ActivityEvent& event() const { return m_event; }
    bool isThisComputer() const { return m_thisComputer; }
    QLabel* sentenceLabel() const { return m_sentence; }
    // "anna-laptop (this computer) · Computer, Debian GNU/Linux 12"; hidden when the event has no device.
    QLabel* deviceLabel() const { return m_device; }
    // "5 December 2026, 14:35 · IP address 203.0.113.x".
    QLabel* detailsLabel() const { return m_details; }
    // "Was this you?": null on the events it is not offered for.
    QPushButton* notYouButton() const { return m_notYou; }

    // "The password was changed", "3 failed attempts to sign in": what happened, translated.
    static QString sentence(const ActivityEvent& event);
    // The icon of an event's type: the desktop theme's, or the style's where the theme has none; a
    // new device's is its kind's, as in the devices list.
    static QIcon icon(const ActivityEvent& event, const QWidget* widget);
    // A sign-in or a verified new device on another device may have been someone else.
    static bool mayBeSomeoneElse(const ActivityEvent& event, bool thisComputer);

signals:
    // "Was this you?" clicked: the user should change the password.
    void notYouRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // "Was this you?" in the palette's link colour, underlined, as a link reads.
    void paintLink();
    QString deviceText() const;

    ActivityEvent m_event;
    bool m_thisComputer;
    QLabel* m_icon;
    QLabel* m_sentence;
    QLabel* m_device;
    QLabel* m_details;
    QPushButton* m_notYou = nullptr;
};
