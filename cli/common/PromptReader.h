// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <functional>
#include <optional>

class QSocketNotifier;

// Reads answers from stdin without blocking the event loop (a QSocketNotifier on fd 0), so that
// network replies and timers keep running while a person types. On a terminal the prompt goes to
// stderr and hidden answers (passwords) are read with echo off (termios); otherwise stdin is read
// as plain lines, so scripts can pipe the answers in, one a line.
class PromptReader : public QObject
{
    Q_OBJECT

public:
    enum class Echo { Visible, Hidden };
    // The line without its line end; std::nullopt when stdin ended first.
    using Callback = std::function<void(const std::optional<QString>& line)>;

    explicit PromptReader(QObject* parent = nullptr);
    ~PromptReader() override;

    static bool isInteractive();

    // Prints prompt (may be empty) on stderr and calls back with the next line of stdin.
    // One question at a time.
    void ask(const QString& prompt, Echo echo, Callback callback);

private:
    void readAvailable();
    bool deliverLine();
    void finish(const std::optional<QString>& line);
    void setEcho(bool on);

    QSocketNotifier* m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_eof = false;
    bool m_echoOff = false;
    Callback m_callback;
};
