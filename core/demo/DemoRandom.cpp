#include "DemoRandom.h"

#include <algorithm>

namespace Fieldbook {

namespace {

constexpr quint64 rotl(quint64 x, int k) {
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed) {
    // SplitMix64 expands the seed, as xoshiro's authors recommend; it never yields an all-zero state.
    for (quint64& word : m_state) {
        seed += 0x9E3779B97F4A7C15ULL;
        word = mix(seed);
    }
}

quint64 DemoRandom::mix(quint64 value) {
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

quint64 DemoRandom::deriveSeed(quint64 seed, quint64 stream, quint64 index) {
    return mix(mix(seed + 0x9E3779B97F4A7C15ULL * (stream + 1)) ^ (index * 0xD1B54A32D192ED03ULL + stream));
}

quint64 DemoRandom::next() {
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 DemoRandom::bounded(quint64 bound) {
    if (bound == 0)
        return 0;
    // Multiply-shift on 32 bits for the common small ranges, modulo otherwise; the bias is far below what
    // demo data could show.
    if (bound <= 0xFFFFFFFFULL)
        return ((next() >> 32) * bound) >> 32;
    return next() % bound;
}

int DemoRandom::uniformInt(int low, int high) {
    if (high <= low)
        return low;
    return low + int(bounded(quint64(qint64(high) - low + 1)));
}

qint64 DemoRandom::uniformInt64(qint64 low, qint64 high) {
    if (high <= low)
        return low;
    return low + qint64(bounded(quint64(high - low) + 1));
}

bool DemoRandom::chance(double p) {
    // 53 random bits scaled by a power of two: exact in IEEE arithmetic, hence portable.
    return double(next() >> 11) * 0x1.0p-53 < p;
}

qsizetype DemoRandom::weightedIndex(const QList<quint32>& cumulativeWeights) {
    if (cumulativeWeights.isEmpty())
        return 0;
    const quint64 target = bounded(cumulativeWeights.constLast());
    const auto it = std::upper_bound(cumulativeWeights.cbegin(), cumulativeWeights.cend(), target);
    return std::min(qsizetype(it - cumulativeWeights.cbegin()), cumulativeWeights.size() - 1);
}

} // namespace Fieldbook
