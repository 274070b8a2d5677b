// SPDX-License-Identifier: Apache-2.0
#pragma once

// Whether Caps Lock is on, asked of the platform: X11 (XKB's locked modifiers), Windows
// (GetKeyState) and macOS (the HID system's modifier flags) answer; Wayland, the offscreen platform
// and others cannot say, and a password field then shows no warning rather than a wrong one.
namespace CapsLockState {
enum class State { Off, On, Unknown };
State current();
} // namespace CapsLockState
