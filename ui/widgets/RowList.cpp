// SPDX-License-Identifier: Apache-2.0
#include "RowList.h"

#include <QLabel>
#include <QVBoxLayout>

RowList::RowList(const QString& name, QWidget* parent)
    : QScrollArea(parent)
    , m_content(new QWidget(this))
    , m_rows(new QVBoxLayout)
    , m_placeholder(new QLabel(m_content))
{
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
