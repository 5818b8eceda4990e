#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>

namespace Fieldbook::Bench {

/// Collects durations in milliseconds and reports percentiles.
class Samples final {
public:
    void add(double ms) { m_values.append(ms); }
    double percentile(double p) const {
        if (m_values.isEmpty())
            return 0;
        auto sorted = m_values;
        std::sort(sorted.begin(), sorted.end());
        const auto index = qsizetype(std::min<double>(double(sorted.size() - 1), p / 100.0 * double(sorted.size())));
        return sorted.at(index);
    }
    double mean() const {
        double sum = 0;
        for (double v : m_values)
            sum += v;
        return m_values.isEmpty() ? 0 : sum / double(m_values.size());
    }
    qsizetype count() const { return m_values.size(); }

private:
    QList<double> m_values;
};

inline double elapsedMs(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace Fieldbook::Bench
