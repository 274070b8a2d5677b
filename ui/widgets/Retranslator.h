// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QWidget;

// Keeps a widget's texts in the current language: runs its retranslate function now and again
// whenever QEvent::LanguageChange reaches it (Qt sends one to every widget after a translator is
// installed or removed). One call in a constructor replaces a changeEvent() override per widget. A
// widget and its base class may both follow: their functions run base first, as they were added.
class Retranslator : public QObject
{
    Q_OBJECT

public:
    static void follow(QWidget* widget, std::function<void()> retranslate);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit Retranslator(QWidget* widget);

    QList<std::function<void()>> m_functions;
};
