// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

// Saves what a widget looks like under TEST_SCREENSHOT_DIR, for people to look at: layouts that
// clip a Russian label show up here long before a user reports them.
namespace ScreenshotHelper {
// "<TEST_SCREENSHOT_DIR>/<name>-<language>.png"; returns the path, or empty on failure.
QString save(QWidget* widget, const QString& name, const QString& language);
} // namespace ScreenshotHelper
