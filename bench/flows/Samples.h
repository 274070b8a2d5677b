// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

// Timings of one measure (ms); the benchmarks report medians, percentiles and the worst.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    bool isEmpty() const { return m_values.isEmpty(); }
    int count() const { return int(m_values.size()); }
    double median() const { return percentile(50); }
    double percentile(double p) const;
    double max() const;

private:
    QList<double> m_values;
};
