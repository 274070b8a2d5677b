// SPDX-License-Identifier: Apache-2.0
#include "Samples.h"

#include <algorithm>
#include <cmath>

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest value with at least p % of the samples at or below it.
    const int rank = int(std::ceil(p / 100.0 * sorted.size()));
    return sorted.at(std::clamp(rank - 1, 0, int(sorted.size()) - 1));
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}
