// SPDX-License-Identifier: Apache-2.0
#include "ScreenshotHelper.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace ScreenshotHelper {

QString save(QWidget* widget, const QString& name, const QString& language)
{
    QDir().mkpath(QStringLiteral(TEST_SCREENSHOT_DIR));
    const QString path = QStringLiteral(TEST_SCREENSHOT_DIR "/%1-%2.png").arg(name, language);
    // Let pending layout requests settle first, or the picture shows the layout before the last change.
    // A wrapped label that learns its height from its width takes a few rounds of layout.
    for (int round = 0; round < 3; ++round) {
        QApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    if (!widget->grab().save(path))
        return {};
    return path;
}

} // namespace ScreenshotHelper
