#include "StallMeter.h"

#include <ctime>

StallMeter::StallMeter(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuMs = threadCpuMs();
    m_timer.start();
}

void StallMeter::stop()
{
    tick();
    m_timer.stop();
}

void StallMeter::setStep(const QString& step)
{
    m_step = step;
}

void StallMeter::reset()
{
    m_worstMs = 0;
    m_worstCpuMs = 0;
    m_worstStep.clear();
    m_lastNs = m_clock.nsecsElapsed();
    m_lastCpuMs = threadCpuMs();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double cpu = threadCpuMs();
    const double gapMs = double(now - m_lastNs) / 1e6;
    if (gapMs > m_worstMs) {
        m_worstMs = gapMs;
        m_worstCpuMs = cpu - m_lastCpuMs;
        m_worstStep = m_step;
    }
    m_lastNs = now;
    m_lastCpuMs = cpu;
}

double StallMeter::threadCpuMs()
{
    timespec spec {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec);
    return double(spec.tv_sec) * 1e3 + double(spec.tv_nsec) / 1e6;
}
