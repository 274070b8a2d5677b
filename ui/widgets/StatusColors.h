// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <optional>

class QPalette;
class QWidget;

// The colours that say "wrong" and "fine" in text (an error message, a password rule met), readable
// on whatever palette the user has: light, dark or high contrast. Each keeps its hue (a calm red, a
// green) and takes the lightness that gives WCAG 2's AA contrast, 4.5:1, against the background it
// is drawn on. Colour is never the only sign: texts and marks say the same.
namespace StatusColors {
enum class Kind { Error, Success };

QColor color(Kind kind, const QPalette& palette);
// WCAG 2 contrast ratio of two colours, 1 to 21.
double contrast(const QColor& first, const QColor& second);
// Paints the widget's text in the kind's colour for its parent's palette, or (no kind) lets it take
// the palette's own text colour again. Call again when the palette changes.
void paint(QWidget* widget, std::optional<Kind> kind);
} // namespace StatusColors
