// SPDX-License-Identifier: Apache-2.0
#include "StatusColors.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>
#include <cmath>

namespace {
double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// What the text is drawn on: the widget's window colour (labels draw no background of their own).
QColor backgroundOf(const QPalette& palette)
{
    return palette.color(QPalette::Active, QPalette::Window);
}

const char* const kKindProperty = "am_statusKind";

void applyKind(QWidget* widget)
{
    const QVariant kind = widget->property(kKindProperty);
    if (!kind.isValid())
        return;
    const QPalette parentPalette
        = widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
    const QColor text = StatusColors::color(StatusColors::Kind(kind.toInt()), parentPalette);
    if (widget->palette().color(QPalette::Active, QPalette::WindowText) == text
        && widget->palette().resolveMask() != 0)
        return; // already so: setting it again would only send another PaletteChange
    QPalette palette;
    palette.setColor(QPalette::Active, QPalette::WindowText, text);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, text);
    widget->setPalette(palette);
}

// Follows palette changes (a switch to a dark theme while the app runs): the colour is worked out
// again for the new background.
class Repainter : public QObject
{
public:
    explicit Repainter(QWidget* widget)
        : QObject(widget)
    {
        setObjectName(QStringLiteral("statusColorsRepainter"));
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
            applyKind(static_cast<QWidget*>(watched));
        return false;
    }
};
} // namespace

namespace StatusColors {

double contrast(const QColor& first, const QColor& second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (qMax(a, b) + 0.05) / (qMin(a, b) + 0.05);
}

QColor color(Kind kind, const QPalette& palette)
{
    // Material red 800 and green 800 on light backgrounds; on dark ones the same hue, lighter.
    const QColor base = kind == Kind::Error ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
    const QColor background = backgroundOf(palette);
    const bool darkBackground = luminance(background) < 0.18;
    const int hue = base.hslHue();
    const int saturation = base.hslSaturation();
    // Step the lightness away from the background until AA is reached (at the far end, black or
    // white reach it on any background).
    for (int lightness = base.lightness(); lightness >= 0 && lightness <= 255;
         lightness += darkBackground ? 5 : -5) {
        const QColor candidate = QColor::fromHsl(hue, saturation, lightness);
        if (contrast(candidate, background) >= 4.5)
            return candidate;
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

void paint(QWidget* widget, std::optional<Kind> kind)
{
    if (!kind) {
        widget->setProperty(kKindProperty, QVariant());
        // An explicit but empty palette: the widget takes its parent's colours again.
        widget->setPalette(QPalette());
        return;
    }
    if (!widget->findChild<Repainter*>(QString(), Qt::FindDirectChildrenOnly))
        new Repainter(widget);
    widget->setProperty(kKindProperty, int(*kind));
    applyKind(widget);
}

} // namespace StatusColors
