// SPDX-License-Identifier: Apache-2.0
#include "RowList.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QVBoxLayout>

namespace {

const char* const kRowsProperty = "amRowList";

// To a screen reader the rows are the items of a list (AT-SPI "list" and "list item"), so it says
// how many there are and where the user is among them, instead of a column of unnamed frames.
// The rows' own class does not matter: a row is any widget made a child of a RowList's content,
// the placeholder aside.
QAccessibleInterface* listInterface(const QString&, QObject* object)
{
    if (!object->isWidgetType())
        return nullptr;
    auto* widget = static_cast<QWidget*>(object);
    if (widget->property(kRowsProperty).toBool())
        return new QAccessibleWidget(widget, QAccessible::List);
    const QWidget* parent = widget->parentWidget();
    if (parent && parent->property(kRowsProperty).toBool() && !qobject_cast<QLabel*>(widget))
        return new QAccessibleWidget(widget, QAccessible::ListItem);
    return nullptr;
}

// The widget the rows are children of, marked as such before anything can ask for its interface.
QWidget* rowsWidget(QWidget* parent)
{
    auto* rows = new QWidget(parent);
    rows->setProperty(kRowsProperty, true);
    return rows;
}

} // namespace

RowList::RowList(const QString& name, QWidget* parent)
    : QScrollArea(parent)
    , m_content(rowsWidget(this))
    , m_rows(new QVBoxLayout)
    , m_placeholder(new QLabel(m_content))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(listInterface);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(name);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_placeholder->setObjectName(name + QStringLiteral("Placeholder"));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setVisible(false);
    m_rows->setSpacing(6);
    m_rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    layout->addWidget(m_placeholder);
    layout->addStretch();
    setWidget(m_content);
}

void RowList::setPlaceholderText(const QString& text)
{
    m_placeholder->setText(text);
    updatePlaceholder();
}

void RowList::addRow(QWidget* row)
{
    m_rows->addWidget(row);
    updatePlaceholder();
}

void RowList::removeRow(QWidget* row)
{
    m_rows->removeWidget(row);
    row->setParent(nullptr); // out of rowsOf() at once
    row->deleteLater();
    updatePlaceholder();
}

void RowList::clearRows()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        if (QWidget* row = item->widget()) {
            row->setParent(nullptr);
            row->deleteLater();
        }
        delete item;
    }
    updatePlaceholder();
}

void RowList::updatePlaceholder()
{
    m_placeholder->setVisible(m_rows->count() == 0 && !m_placeholder->text().isEmpty());
}
