// SPDX-License-Identifier: Apache-2.0
#include "BusyIndicator.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace {

// To assistive technology the indicator is a status ("Signing in…") that is busy while shown, so
// that a screen reader can say the app is working rather than stuck.
class BusyAccessible : public QAccessibleWidget
{
public:
    explicit BusyAccessible(QWidget* widget)
        : QAccessibleWidget(widget, QAccessible::StatusBar)
    {
    }

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.busy = widget()->isVisible();
        return state;
    }
};

QAccessibleInterface* busyInterface(const QString& className, QObject* object)
{
    if (className == QLatin1String("BusyIndicator") && object->isWidgetType())
        return new BusyAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace

BusyIndicator::BusyIndicator(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    m_label->setObjectName(QStringLiteral("busyText"));
    m_bar->setRange(0, 0); // indeterminate: we cannot know how long the server takes
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setMaximumWidth(160);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addStretch();
    setVisible(false);
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(busyInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
}

void BusyIndicator::start(const QString& text)
{
    m_label->setText(text);
    setAccessibleName(text);
    m_bar->setAccessibleName(text);
    setVisible(true);
    announceBusy();
}

void BusyIndicator::stop()
{
    setVisible(false);
    announceBusy();
}

void BusyIndicator::announceBusy()
{
    QAccessible::State changed;
    changed.busy = true;
    QAccessibleStateChangeEvent event(this, changed);
    QAccessible::updateAccessibility(&event);
}

QString BusyIndicator::text() const
{
    return m_label->text();
}
