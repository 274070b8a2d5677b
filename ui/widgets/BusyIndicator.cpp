// SPDX-License-Identifier: Apache-2.0
#include "BusyIndicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

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
}

void BusyIndicator::start(const QString& text)
{
    m_label->setText(text);
    setVisible(true);
}

void BusyIndicator::stop()
{
    setVisible(false);
}

QString BusyIndicator::text() const
{
    return m_label->text();
}
