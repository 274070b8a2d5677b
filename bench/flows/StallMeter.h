// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// How long the event loop of this thread goes without running a 1 ms timer: the longest such gap
// is the longest time the UI could not repaint or take input. Each gap is charged to the step
// set with setStep(). On a busy machine part of a gap is time the thread was ready to run but
// waited for a CPU (the run-queue wait in /proc/thread-self/schedstat); a gap minus that wait is
// what the app itself spent, working or blocked, and what an idle machine would show.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject* parent = nullptr);

    void start();
    void stop();
    void setStep(const QString& step);
    QString step() const { return m_step; }

    // The longest gap (wall clock), with the thread's CPU time and run-queue wait within it.
    double worstMs() const { return m_worstMs; }
    double worstCpuMs() const { return m_worstCpuMs; }
    double worstWaitMs() const { return m_worstWaitMs; }
    // The longest gap without its run-queue wait: the app's own longest stall.
    double worstOwnMs() const { return m_worstOwnMs; }
    QString worstStep() const { return m_worstStep; }
    // Forgets the worst gaps (a new step starts).
    void reset();

private:
    struct Sched
    {
        double cpuMs = 0;
        double waitMs = 0;
    };
    void tick();
    static Sched sched();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    Sched m_last;
    QString m_step;
    double m_worstMs = 0;
    double m_worstCpuMs = 0;
    double m_worstWaitMs = 0;
    double m_worstOwnMs = 0;
    QString m_worstStep;
};
