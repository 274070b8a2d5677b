// SPDX-License-Identifier: Apache-2.0
#include "PromptReader.h"

#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
// The terminal as it was before echo went off, for the signal handler: Ctrl+C at a password
// prompt must not leave the shell without echo.
termios g_savedTerminal {};
volatile sig_atomic_t g_terminalSaved = 0;

void restoreTerminalAndDie(int signalNumber)
{
    if (g_terminalSaved)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal); // async-signal-safe
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}
} // namespace

PromptReader::PromptReader(QObject* parent)
    : QObject(parent)
{
}

PromptReader::~PromptReader()
{
    // Never leave the terminal without echo, whatever ended the program.
    setEcho(true);
}

bool PromptReader::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void PromptReader::ask(const QString& prompt, Echo echo, Callback callback)
{
    m_callback = std::move(callback);
    if (!prompt.isEmpty()) {
        std::fputs(prompt.toUtf8().constData(), stderr);
        if (!prompt.endsWith(QLatin1Char(' ')))
            std::fputc(' ', stderr);
        if (!isInteractive())
            std::fputc('\n', stderr); // a script reading stderr line by line sees the prompt at once
        std::fflush(stderr);
    }
    if (echo == Echo::Hidden)
        setEcho(false);
    // A line read earlier (a script may pipe every answer at once) is delivered from the event loop,
    // like any other, so that callers never re-enter themselves.
    QTimer::singleShot(0, this, [this] {
        if (deliverLine())
            return;
        if (m_eof) {
            finish(std::nullopt);
            return;
        }
        if (!m_notifier) {
            m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &PromptReader::readAvailable);
        }
        m_notifier->setEnabled(true);
    });
}

void PromptReader::readAvailable()
{
    char chunk[4096];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count > 0) {
        m_buffer.append(chunk, count);
    } else {
        // 0 is the end of input; an error ends it as well (there is nothing more to read).
        m_eof = true;
    }
    if (deliverLine())
        return;
    if (m_eof) {
        // A last line without a line end ("echo -n secret | account-ctl …") is still an answer.
        if (!m_buffer.isEmpty()) {
            const QString line = QString::fromUtf8(m_buffer);
            m_buffer.clear();
            finish(line);
        } else {
            finish(std::nullopt);
        }
    }
}

bool PromptReader::deliverLine()
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return false;
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    if (line.endsWith('\r'))
        line.chop(1);
    finish(QString::fromUtf8(line));
    return true;
}

void PromptReader::finish(const std::optional<QString>& line)
{
    if (m_notifier)
        m_notifier->setEnabled(false);
    if (m_echoOff) {
        setEcho(true);
        // The Enter the person typed was not echoed either.
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
    Callback callback = std::move(m_callback);
    m_callback = nullptr;
    if (callback)
        callback(line);
}

void PromptReader::setEcho(bool on)
{
    if (!isInteractive() || m_echoOff == !on)
        return;
    termios settings {};
    if (::tcgetattr(STDIN_FILENO, &settings) != 0)
        return;
    if (!on) {
        g_savedTerminal = settings;
        g_terminalSaved = 1;
        for (const int signalNumber : { SIGINT, SIGTERM, SIGHUP, SIGQUIT })
            std::signal(signalNumber, restoreTerminalAndDie);
    }
    if (on)
        settings.c_lflag |= ECHO;
    else
        settings.c_lflag &= ~tcflag_t(ECHO);
    if (::tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0)
        m_echoOff = !on;
    if (on)
        g_terminalSaved = 0;
}
