// SPDX-License-Identifier: Apache-2.0
#include "ActivityRow.h"

#include "DeviceRow.h"
#include "Retranslator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {
struct TypeIcon
{
    const char* type;
    const char* themeName; // freedesktop icon naming
    QStyle::StandardPixmap fallback;
};

// The theme's icon where the desktop has one, the style's otherwise (Windows, macOS, no theme).
const TypeIcon kIcons[] = {
    { "sign-in", "system-log-in", QStyle::SP_ArrowForward },
    { "sign-in-failed", "dialog-warning", QStyle::SP_MessageBoxWarning },
    { "password-changed", "dialog-password", QStyle::SP_DialogApplyButton },
    { "password-recovered", "view-refresh", QStyle::SP_BrowserReload },
    { "email-changed", "mail-message", QStyle::SP_FileDialogDetailedView },
    { "phone-changed", "phone", QStyle::SP_DriveNetIcon },
    { "device-unbound", "edit-delete", QStyle::SP_TrashIcon },
    { "signed-out-everywhere", "system-log-out", QStyle::SP_DialogCloseButton },
    { "two-step-enabled", "security-high", QStyle::SP_DialogYesButton },
    { "two-step-disabled", "security-low", QStyle::SP_DialogNoButton },
};
} // namespace

ActivityRow::ActivityRow(const ActivityEvent& event, bool thisComputer, QWidget* parent)
    : QFrame(parent)
    , m_event(event)
    , m_thisComputer(thisComputer)
    , m_icon(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_device(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("activity_%1").arg(event.type));
    setFrameShape(QFrame::StyledPanel);

    m_icon->setObjectName(QStringLiteral("activityIcon"));
    // A fixed box: a theme without a 32 px size gives a smaller pixmap, and the texts stay aligned.
    m_icon->setFixedSize(32, 32);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setPixmap(icon(event, this).pixmap(32, 32));

    m_sentence->setObjectName(QStringLiteral("activitySentence"));
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setWordWrap(true);
    QFont bold = m_sentence->font();
    bold.setBold(true);
    m_sentence->setFont(bold);

    for (QLabel* label : { m_device, m_details }) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_device->setObjectName(QStringLiteral("activityDevice"));
    m_device->setVisible(!event.device.isEmpty());
    m_details->setObjectName(QStringLiteral("activityDetails"));

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_sentence);
    text->addWidget(m_device);
    text->addWidget(m_details);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);

    if (mayBeSomeoneElse(event, thisComputer)) {
        // Link-like, as the sign-in page's "Forgot password?": a way on, not the row's main point.
        m_notYou = new QPushButton(this);
        m_notYou->setObjectName(QStringLiteral("notYou"));
        m_notYou->setFlat(true);
        m_notYou->setCursor(Qt::PointingHandCursor);
        m_notYou->setAutoDefault(false);
        QFont underlined = m_notYou->font();
        underlined.setUnderline(true);
        m_notYou->setFont(underlined);
        paintLink();
        layout->addWidget(m_notYou, 0, Qt::AlignVCenter);
        connect(m_notYou, &QPushButton::clicked, this, &ActivityRow::notYouRequested);
    }
    Retranslator::follow(this, [this] { retranslateUi(); });
}

void ActivityRow::retranslateUi()
{
    const QDateTime local = m_event.time.toLocalTime();
    const QLocale locale;
    //: When an event happened: %1 is the date ("5 December 2026"), %2 the time of day ("14:35")
    const QString when = tr("%1, %2").arg(locale.toString(local.date(), tr("d MMMM yyyy")),
                                          locale.toString(local.time(), QLocale::ShortFormat));
    QStringList details { when };
    if (!m_event.address.isEmpty())
        //: Where an event came from; %1 is an IP address with its last part hidden, "203.0.113.x"
        details.append(tr("IP address %1").arg(m_event.address));
    m_sentence->setText(sentence(m_event));
    m_device->setText(deviceText());
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_icon->setToolTip(m_sentence->text());
    // Read in one go: "The password was changed. anna-laptop (this computer) · Computer, Linux. 5 December…".
    QStringList spoken { m_sentence->text() };
    if (!m_device->text().isEmpty())
        spoken.append(m_device->text());
    spoken.append(m_details->text());
    setAccessibleName(spoken.join(QStringLiteral(". ")));
    if (m_notYou) {
        //: A link beside a sign-in on another device; it opens the password change
        m_notYou->setText(tr("Was this you?"));
        m_notYou->setToolTip(tr("If it was not you, change your password now."));
        m_notYou->setAccessibleDescription(accessibleName());
    }
}

QString ActivityRow::deviceText() const
{
    const ActivityDevice& device = m_event.device;
    if (device.isEmpty())
        return {};
    const QString name = m_thisComputer
        //: The device of an event, when it is the computer the app runs on; %1 is its name
        ? tr("%1 (this computer)").arg(device.name)
        : device.name;
    QStringList about;
    if (!device.kind.isEmpty())
        about.append(DeviceRow::kindName(device.kind));
    if (!device.platform.isEmpty())
        about.append(device.platform);
    if (!about.isEmpty())
        return name + QStringLiteral(" · ") + about.join(QStringLiteral(", "));
    return name;
}

void ActivityRow::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintLink();
}

void ActivityRow::paintLink()
{
    if (!m_notYou)
        return;
    QPalette palette = m_notYou->palette();
    palette.setColor(QPalette::ButtonText, this->palette().color(QPalette::Link));
    m_notYou->setPalette(palette);
}

QString ActivityRow::sentence(const ActivityEvent& event)
{
    const QString& type = event.type;
    if (type == QLatin1String("sign-in"))
        return tr("Signed in to your account");
    if (type == QLatin1String("sign-in-failed"))
        //: Failed sign-ins within one hour are one event; %n is how many there were
        return tr("%n failed attempt(s) to sign in with a wrong password", nullptr, event.count);
    if (type == QLatin1String("new-device-verified"))
        return tr("A new device was confirmed with a verification code");
    if (type == QLatin1String("password-changed"))
        return tr("The password was changed");
    if (type == QLatin1String("password-recovered"))
        return tr("A new password was set through password reset");
    if (type == QLatin1String("email-changed"))
        return tr("The email address was changed");
    if (type == QLatin1String("phone-changed"))
        return tr("The phone number was changed");
    if (type == QLatin1String("device-unbound"))
        return tr("A device was unbound from your account");
    if (type == QLatin1String("signed-out-everywhere"))
        return tr("All other devices were signed out");
    if (type == QLatin1String("two-step-enabled"))
        return tr("Two-step verification was turned on");
    if (type == QLatin1String("two-step-disabled"))
        return tr("Two-step verification was turned off");
    //: An event of a kind this version of the app does not know (a newer server)
    return tr("Something changed in your account");
}

QIcon ActivityRow::icon(const ActivityEvent& event, const QWidget* widget)
{
    const QString& type = event.type;
    // The new device itself, drawn as the devices list draws it.
    if (type == QLatin1String("new-device-verified"))
        return QIcon(DeviceRow::iconPath(event.device.kind));
    for (const TypeIcon& entry : kIcons) {
        if (type == QLatin1String(entry.type))
            return QIcon::fromTheme(QLatin1String(entry.themeName),
                                    widget->style()->standardIcon(entry.fallback));
    }
    return widget->style()->standardIcon(QStyle::SP_MessageBoxInformation);
}

bool ActivityRow::mayBeSomeoneElse(const ActivityEvent& event, bool thisComputer)
{
    return !thisComputer
        && (event.type == QLatin1String("sign-in") || event.type == QLatin1String("new-device-verified"));
}
