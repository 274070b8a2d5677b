// SPDX-License-Identifier: Apache-2.0
#include "AppIdentity.h"

#include <QGuiApplication>
#include <QStringList>
#include <algorithm>

#ifdef Q_OS_WIN
#include <shobjidl.h>
#include <windows.h>
#endif

QString AppIdentity::id()
{
    return QStringLiteral(ACCOUNT_MANAGER_APP_ID);
}

QString AppIdentity::organizationDomain()
{
    QStringList labels = id().split(QLatin1Char('.'));
    labels.removeLast(); // the application's own name
    std::reverse(labels.begin(), labels.end());
    return labels.join(QLatin1Char('.'));
}

QString AppIdentity::windowsAppUserModelId()
{
    return id();
}

void AppIdentity::apply()
{
    QGuiApplication::setApplicationName(QStringLiteral("account-manager"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Account Manager"));
    // The settings folder (~/.config/AccountManager) is named after the organisation: unchanged.
    QGuiApplication::setOrganizationName(QStringLiteral("AccountManager"));
    QGuiApplication::setOrganizationDomain(organizationDomain());
    QGuiApplication::setApplicationVersion(QStringLiteral(ACCOUNT_MANAGER_VERSION));
    QGuiApplication::setDesktopFileName(id());
#ifdef Q_OS_WIN
    // Without it Windows makes an ID from the executable's path: pinned shortcuts, the taskbar
    // and notifications would not know the installed app from another copy.
    const std::wstring appUserModelId = windowsAppUserModelId().toStdWString();
    SetCurrentProcessExplicitAppUserModelID(appUserModelId.c_str());
#endif
}
