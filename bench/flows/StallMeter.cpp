// SPDX-License-Identifier: Apache-2.0
#include "StallMeter.h"

#include <QFile>

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
    m_last = sched();
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
    m_worstWaitMs = 0;
    m_worstOwnMs = 0;
    m_worstStep.clear();
    m_lastNs = m_clock.nsecsElapsed();
    m_last = sched();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const Sched current = sched();
    const double gapMs = double(now - m_lastNs) / 1e6;
    const double waitMs = current.waitMs - m_last.waitMs;
    if (gapMs > m_worstMs) {
        m_worstMs = gapMs;
        m_worstCpuMs = current.cpuMs - m_last.cpuMs;
        m_worstWaitMs = waitMs;
        m_worstStep = m_step;
    }
    m_worstOwnMs = qMax(m_worstOwnMs, gapMs - waitMs);
    m_lastNs = now;
    m_last = current;
}

StallMeter::Sched StallMeter::sched()
{
    // "CPU ns, run-queue wait ns, timeslices" of this thread (needs schedstats, on in Debian's kernel).
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    Sched result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> fields = file.readAll().split(' ');
    result.cpuMs = fields.value(0).toDouble() / 1e6;
    result.waitMs = fields.value(1).toDouble() / 1e6;
    return result;
}
