// SPDX-License-Identifier: Apache-2.0
#include "ConsoleOutput.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <cstdio>
#include <windows.h>
#endif

void ConsoleOutput::attachToParent()
{
#ifdef Q_OS_WIN
    // A handle that is already there (account-manager --help > help.txt, or a pipe) stays.
    auto missing = [](DWORD which) {
        const HANDLE handle = GetStdHandle(which);
        return handle == nullptr || handle == INVALID_HANDLE_VALUE;
    };
    const bool needOut = missing(STD_OUTPUT_HANDLE);
    const bool needErr = missing(STD_ERROR_HANDLE);
    if (!needOut && !needErr)
        return;
    if (!AttachConsole(ATTACH_PARENT_PROCESS))
        return; // started from Explorer or the Start menu: no console, nothing to print to
    FILE* stream = nullptr;
    if (needOut)
        freopen_s(&stream, "CONOUT$", "w", stdout);
    if (needErr)
        freopen_s(&stream, "CONOUT$", "w", stderr);
    SetConsoleOutputCP(CP_UTF8);
#endif
}
