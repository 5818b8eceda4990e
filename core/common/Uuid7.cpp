#include "Uuid7.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace Fieldbook {

namespace {

QString format(const std::array<quint8, 16>& b) {
    static constexpr char hex[] = "0123456789abcdef";
    QString out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.append(QLatin1Char('-'));
        out.append(QLatin1Char(hex[b[i] >> 4]));
        out.append(QLatin1Char(hex[b[i] & 0xF]));
    }
    return out;
}

} // namespace

QString createUuid7(qint64 msSinceEpoch, quint64 randomBits) {
    std::array<quint8, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = quint8(quint64(msSinceEpoch) >> (8 * (5 - i)));
    // 12 bits rand_a, 62 bits rand_b; the high bits of rand_a keep ids created in one millisecond ordered.
    // The remaining low bits come from a mix of `randomBits`, so the same input gives the same id.
    quint64 extra = randomBits + 0x9E3779B97F4A7C15ULL;
    extra = (extra ^ (extra >> 30)) * 0xBF58476D1CE4E5B9ULL;
    extra = (extra ^ (extra >> 27)) * 0x94D049BB133111EBULL;
    extra ^= extra >> 31;
    const quint64 r = randomBits;
    b[6] = quint8(0x70 | ((r >> 60) & 0x0F));
    b[7] = quint8(r >> 52);
    b[8] = quint8(0x80 | ((r >> 46) & 0x3F));
    b[9] = quint8(r >> 38);
    b[10] = quint8(r >> 30);
    b[11] = quint8(r >> 22);
    b[12] = quint8(r >> 14);
    b[13] = quint8(r >> 6);
    b[14] = quint8((r << 2) | (extra & 0x3));
    b[15] = quint8(extra >> 8);
    return format(b);
}

QString createUuid7() {
    // A per-process counter in the random field keeps ids monotonic within one millisecond.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static quint64 counter = 0;
    const std::scoped_lock lock(mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= lastMs) {
        now = lastMs;
        ++counter;
    } else {
        lastMs = now;
        counter = QRandomGenerator::global()->generate64() >> 24; // leave room to count upwards
    }
    return createUuid7(now, counter << 20 | (QRandomGenerator::global()->generate64() & 0xFFFFF));
}

} // namespace Fieldbook
