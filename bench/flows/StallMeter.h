#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// How long the event loop of this thread goes without running a 1 ms timer: the longest such gap
// is the longest time the UI could not repaint or take input. Each gap is charged to the step
// set with setStep(); the main thread's CPU time in the worst gap tells the app's own work from
// time the scheduler gave to other processes.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject* parent = nullptr);

    void start();
    void stop();
    void setStep(const QString& step);
    QString step() const { return m_step; }

    double worstMs() const { return m_worstMs; }
    double worstCpuMs() const { return m_worstCpuMs; }
    QString worstStep() const { return m_worstStep; }
    // Forgets the worst gap (a new flow starts).
    void reset();

private:
    void tick();
    static double threadCpuMs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_lastCpuMs = 0;
    QString m_step;
    double m_worstMs = 0;
    double m_worstCpuMs = 0;
    QString m_worstStep;
};
