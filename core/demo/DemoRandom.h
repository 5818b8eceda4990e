#pragma once

#include <QList>
#include <QtGlobal>

#include <array>

namespace Fieldbook {

/// xoshiro256** with helpers; only integer arithmetic, so a seed gives the same numbers on every machine.
class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed);

    /// SplitMix64's finaliser: a bijective 64-bit mix.
    static quint64 mix(quint64 value);
    /// A seed for one record: depends only on (seed, stream, index), so records can be made in any order.
    static quint64 deriveSeed(quint64 seed, quint64 stream, quint64 index);

    quint64 next();
    /// Uniform in [0, bound); 0 when bound is 0.
    quint64 bounded(quint64 bound);
    /// Uniform in [low, high], both inclusive; low when high < low.
    int uniformInt(int low, int high);
    qint64 uniformInt64(qint64 low, qint64 high);
    /// True with probability p (0 <= p <= 1).
    bool chance(double p);
    /// A random index into a list of cumulative weights (ascending, last = total).
    qsizetype weightedIndex(const QList<quint32>& cumulativeWeights);

    /// A random element; the list must not be empty.
    template<class T>
    const T& pick(const QList<T>& list) {
        return list.at(qsizetype(bounded(quint64(list.size()))));
    }

private:
    std::array<quint64, 4> m_state{};
};

} // namespace Fieldbook
