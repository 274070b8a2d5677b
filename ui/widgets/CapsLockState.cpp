// SPDX-License-Identifier: Apache-2.0
#include "CapsLockState.h"

#include <QGuiApplication>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <ApplicationServices/ApplicationServices.h>
#elif defined(AM_HAVE_X11)
#include <QtGui/qguiapplication_platform.h>
// After Qt's headers: Xlib defines macros (Bool, None, KeyPress…) that clash with Qt's names.
#include <X11/XKBlib.h>
#endif

namespace CapsLockState {

State current()
{
#if defined(Q_OS_WIN)
    return (GetKeyState(VK_CAPITAL) & 1) ? State::On : State::Off;
#elif defined(Q_OS_MACOS)
    return (CGEventSourceFlagsState(kCGEventSourceStateHIDSystemState) & kCGEventFlagMaskAlphaShift)
        ? State::On
        : State::Off;
#elif defined(AM_HAVE_X11)
    const auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    if (!x11 || !x11->display())
        return State::Unknown; // Wayland, offscreen: no way to ask
    XkbStateRec state {};
    if (XkbGetState(x11->display(), XkbUseCoreKbd, &state) != Success)
        return State::Unknown;
    return (state.locked_mods & LockMask) ? State::On : State::Off;
#else
    return State::Unknown;
#endif
}

} // namespace CapsLockState
