// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Samples.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class AccountApi;
class AccountSettings;
class MainWindow;
class QWidget;
class Session;
class StallMeter;
class TestServer;
class TokenStore;

// The real app (MainWindow, wizards, Session, TokenStore on the D-Bus session's keychain) driven
// the way a user drives it, while a StallMeter watches the event loop. Keys are typed one at a
// time with the loop running between them, as they arrive from a keyboard; waits never sleep
// (QTest::qWait would block the loop for 10 ms at a time and be counted as a stall).
class WizardRun
{
public:
    WizardRun(TestServer* server, StallMeter* meter);
    ~WizardRun();

    bool createApp();
    // Welcome page → sign-up wizard by email → code → password → done page and signed in.
    bool registerAccount(const QString& email, const QString& password);
    // Account page → sign-out dialog with the password → welcome page.
    bool signOut(const QString& password);
    // Welcome page → sign-in wizard by email → account page with the profile shown.
    bool signIn(const QString& email, const QString& password);

    // Worst stall (ms) of each step, and of each flow ("sign-in", "registration").
    const QMap<QString, double>& stepStalls() const { return m_stepStalls; }
    const QMap<QString, double>& flowStalls() const { return m_flowStalls; }
    const QMap<QString, double>& flowStallCpu() const { return m_flowStallCpu; }
    const QMap<QString, double>& flowStallWait() const { return m_flowStallWait; }
    // The longest gap of each flow without the time the thread waited for a CPU.
    const QMap<QString, double>& flowOwnStalls() const { return m_flowOwnStalls; }
    QString error() const { return m_error; }

private:
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30000);
    void runLoop(int ms);
    void type(QWidget* widget, const QString& text);
    void step(const QString& name);
    void finishFlow(const QString& flow);
    bool fail(const QString& what);

    TestServer* m_server;
    StallMeter* m_meter;
    QTemporaryDir m_dir;
    std::unique_ptr<AccountSettings> m_settings;
    std::unique_ptr<AccountApi> m_api;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QMap<QString, double> m_stepStalls;
    QMap<QString, double> m_flowStalls;
    QMap<QString, double> m_flowStallCpu;
    QMap<QString, double> m_flowStallWait;
    QMap<QString, double> m_flowOwnStalls;
    QString m_flowStep;
    QString m_error;
};
