// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

// "Signing in…" with an indeterminate progress bar: shows that the app is waiting on the
// server, not frozen. Hidden when idle.
class BusyIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit BusyIndicator(QWidget* parent = nullptr);

    void start(const QString& text);
    void stop();
    QString text() const;

private:
    // Tells assistive technology that the busy state changed.
    void announceBusy();

    QLabel* m_label;
    QProgressBar* m_bar;
};
