// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// Who the app is to the desktop: the one application ID (AM_APP_ID in the root CMakeLists.txt,
// reverse DNS) that also names the desktop file, the AppStream metainfo and the macOS bundle.
namespace AppIdentity {
// "io.github.accountmanager.AccountManager"
QString id();
// The ID's domain the usual way round: "accountmanager.github.io".
QString organizationDomain();
// What Windows groups the taskbar buttons and notifications by (set under Q_OS_WIN only).
QString windowsAppUserModelId();
// Names, version, organisation, desktop file name (Wayland finds the name and icon by it) and,
// on Windows, the AppUserModelID. Call right after the QGuiApplication is made.
void apply();
} // namespace AppIdentity
