// SPDX-License-Identifier: Apache-2.0
// bench-startup [--settle-ms N] -- PROGRAM ARGS...
// Starts PROGRAM on $DISPLAY and prints one JSON line: milliseconds from just before exec() to the
// MapNotify of its first top-level window (no window manager: those are children of the root),
// and the process's Rss and Pss (kB, /proc/PID/smaps_rollup) N ms (default 2000) later. The same
// probe serves every app, so their figures compare like with like.
#include <X11/Xlib.h>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <poll.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {
using Clock = std::chrono::steady_clock;

long smapsField(pid_t pid, const char* name)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/smaps_rollup");
    std::string key;
    long value = 0;
    while (in >> key) {
        if (key == name && in >> value)
            return value;
        in.ignore(1 << 12, '\n');
    }
    return -1;
}

void stop(pid_t pid)
{
    kill(pid, SIGTERM);
    for (int i = 0; i < 50; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}
} // namespace

int main(int argc, char* argv[])
{
    int settleMs = 2000;
    int first = 1;
    for (; first < argc; ++first) {
        if (!std::strcmp(argv[first], "--settle-ms") && first + 1 < argc)
            settleMs = std::atoi(argv[++first]);
        else if (!std::strcmp(argv[first], "--")) {
            ++first;
            break;
        }
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: bench-startup [--settle-ms N] -- PROGRAM ARGS...\n");
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "bench-startup: cannot open display\n");
        return 2;
    }
    const Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    XSync(display, False);

    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0) {
        close(ConnectionNumber(display));
        execvp(argv[first], argv + first);
        std::perror("bench-startup: exec");
        _exit(127);
    }
    double mappedMs = -1;
    std::string title;
    const int fd = ConnectionNumber(display);
    while (mappedMs < 0) {
        while (XPending(display)) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type != MapNotify || event.xmap.override_redirect)
                continue;
            XWindowAttributes attributes;
            // Tiny helper windows are not the main window.
            if (XGetWindowAttributes(display, event.xmap.window, &attributes) && attributes.width >= 100
                && attributes.height >= 100) {
                mappedMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                char* name = nullptr;
                if (XFetchName(display, event.xmap.window, &name) && name) {
                    title = name;
                    XFree(name);
                }
                break;
            }
        }
        if (mappedMs >= 0)
            break;
        if (std::chrono::duration<double>(Clock::now() - start).count() > 60
            || waitpid(pid, nullptr, WNOHANG) == pid) {
            std::fprintf(stderr, "bench-startup: no window from %s\n", argv[first]);
            stop(pid);
            return 1;
        }
        pollfd p { fd, POLLIN, 0 };
        poll(&p, 1, 100);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(settleMs));
    const long rss = smapsField(pid, "Rss:");
    const long pss = smapsField(pid, "Pss:");
    stop(pid);
    // Titles here are plain ASCII; quotes are dropped rather than escaped.
    std::string safe;
    for (char c : title)
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20)
            safe += c;
    std::printf("{\"mappedMs\": %.1f, \"rssKb\": %ld, \"pssKb\": %ld, \"window\": \"%s\"}\n", mappedMs, rss,
                pss, safe.c_str());
    XCloseDisplay(display);
    return 0;
}
