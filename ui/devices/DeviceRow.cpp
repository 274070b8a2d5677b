// SPDX-License-Identifier: Apache-2.0
#include "DeviceRow.h"

#include "Retranslator.h"
#include "protocol/DeviceInfo.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

DeviceRow::DeviceRow(const BoundDevice& device, QWidget* parent)
    : QFrame(parent)
    , m_device(device)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_icon(new QLabel(this))
{
    setObjectName(QStringLiteral("device_%1").arg(device.id));
    setFrameShape(QFrame::StyledPanel);

    QLabel* icon = m_icon;
    icon->setObjectName(QStringLiteral("deviceIcon"));
    icon->setPixmap(QIcon(iconPath(device.kind)).pixmap(36, 36));

    m_name->setObjectName(QStringLiteral("deviceName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);

    m_details->setObjectName(QStringLiteral("deviceDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);

    m_action->setObjectName(QStringLiteral("deviceAction"));

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_name);
    text->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignVCenter);
    layout->addLayout(text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);

    connect(m_action, &QPushButton::clicked, this, [this] { emit actionRequested(m_device); });
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void DeviceRow::retranslateUi()
{
    const BoundDevice& device = m_device;
    m_icon->setToolTip(kindName(device.kind));
    m_icon->setAccessibleName(kindName(device.kind));
    m_name->setText(device.current
                        //: A device's name in the list, when it is the computer the app runs on
                        ? tr("%1 (this computer)").arg(device.name)
                        : device.name);
    QStringList details { kindName(device.kind) };
    if (!device.platform.isEmpty())
        details.append(device.platform);
    details.append(lastSeenText(device.lastSeen, QDateTime::currentDateTimeUtc()));
    m_details->setText(details.join(QStringLiteral(" · ")));
    // An item of the devices list to a screen reader, read in one go: "Mi Band 8. Fitness band · …".
    setAccessibleName(QStringList { m_name->text(), m_details->text() }.join(QStringLiteral(". ")));
    //: Tooltip of a device row: when it was first bound to the account; %1 is a date
    setToolTip(tr("Bound since %1")
                   .arg(QLocale().toString(device.firstSeen.toLocalTime().date(), QLocale::LongFormat)));
    //: Signs this computer out of the account; the password is asked first
    m_action->setText(device.current ? tr("Sign Out…")
                                     //: Unbinds the device from the account (the guide's «Отвязать»)
                                     : tr("Unbind…"));
}

QString DeviceRow::lastSeenText(const QDateTime& lastSeen, const QDateTime& now)
{
    if (!lastSeen.isValid())
        return {};
    const qint64 seconds = qMax<qint64>(0, lastSeen.secsTo(now));
    const int minutes = int(seconds / 60);
    if (minutes < 2)
        //: A device that has talked to the server within the last two minutes
        return tr("Active now");
    if (minutes < 60)
        return tr("Last seen %n minute(s) ago", nullptr, minutes);
    const int hours = minutes / 60;
    if (hours < 24)
        return tr("Last seen %n hour(s) ago", nullptr, hours);
    const int days = hours / 24;
    if (days <= 60)
        return tr("Last seen %n day(s) ago", nullptr, days);
    //: %1 is a date, "12 March 2026"
    return tr("Last seen on %1").arg(QLocale().toString(lastSeen.toLocalTime().date(), QLocale::LongFormat));
}

QString DeviceRow::kindName(const QString& kind)
{
    if (kind == QLatin1String("computer"))
        return tr("Computer");
    if (kind == QLatin1String("phone"))
        return tr("Phone");
    if (kind == QLatin1String("tablet"))
        return tr("Tablet");
    if (kind == QLatin1String("band"))
        //: A fitness band, such as a Mi Band
        return tr("Fitness band");
    if (kind == QLatin1String("watch"))
        return tr("Watch");
    if (kind == QLatin1String("scale"))
        //: Smart bathroom scales, such as Mi Body Composition Scale
        return tr("Scale");
    return tr("Other device");
}

QString DeviceRow::iconPath(const QString& kind)
{
    const QString known = DeviceInfo::kinds().contains(kind) ? kind : QStringLiteral("other");
    return QStringLiteral(":/icons/device-%1.svg").arg(known);
}
