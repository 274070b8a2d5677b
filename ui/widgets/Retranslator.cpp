// SPDX-License-Identifier: Apache-2.0
#include "Retranslator.h"

#include <QEvent>
#include <QWidget>

Retranslator::Retranslator(QWidget* widget)
    : QObject(widget)
{
    widget->installEventFilter(this);
}

void Retranslator::follow(QWidget* widget, std::function<void()> retranslate)
{
    auto* retranslator = widget->findChild<Retranslator*>(QString(), Qt::FindDirectChildrenOnly);
    if (!retranslator)
        retranslator = new Retranslator(widget);
    retranslate();
    retranslator->m_functions.append(std::move(retranslate));
}

bool Retranslator::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::LanguageChange) {
        for (const auto& retranslate : std::as_const(m_functions))
            retranslate();
    }
    return false; // the widget still gets the event
}
