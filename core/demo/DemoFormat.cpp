#include "DemoFormat.h"

#include "DemoRandom.h"
#include "common/Uuid7.h"

#include <algorithm>
#include <array>

namespace Fieldbook::DemoFormat {

QString expand(QStringView pattern, DemoRandom& random, const PatternValues& values) {
    QString out;
    out.reserve(pattern.size() + values.street.size() + values.district.size() + 8);
    const qsizetype size = pattern.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = pattern[i].unicode();
        if (c == u'#') {
            out.append(QChar(char16_t(u'0' + random.bounded(10))));
        } else if (c == u'%') {
            out.append(QChar(char16_t(u'2' + random.bounded(8))));
        } else if (c == u'@') {
            out.append(QChar(char16_t(u'A' + random.bounded(26))));
        } else if (c == u'{' && i + 2 < size && pattern[i + 2] == u'}') {
            switch (pattern[i + 1].unicode()) {
            case u'a':
                out.append(values.area);
                break;
            case u's':
                out.append(values.street);
                break;
            case u'n':
                out.append(values.number);
                break;
            case u'd':
                out.append(values.district);
                break;
            default:
                break;
            }
            i += 2;
        } else {
            out.append(pattern[i]);
        }
    }
    return out;
}

QString expand(QStringView pattern, DemoRandom& random, QStringView areaCode) {
    PatternValues values;
    values.area = areaCode;
    return expand(pattern, random, values);
}

QString uuid7(qint64 msSinceEpoch, DemoRandom& random) {
    // Two draws, as every record has always taken for its id, so the fields drawn after it stay put.
    const quint64 a = random.next();
    const quint64 b = random.next();
    return createUuid7(msSinceEpoch, a ^ (b << 32 | b >> 32));
}

quint64 powerOfTen(int centiDecades) {
    // 10^(k/100) in millionths, built by repeated integer multiplication so that no libm result (which may
    // differ between platforms in the last bit) decides a generated value.
    static const std::array<quint64, 100> fractions = [] {
        std::array<quint64, 100> table{};
        table[0] = 1'000'000;
        for (std::size_t k = 1; k < table.size(); ++k)
            table[k] = table[k - 1] * 1'023'293 / 1'000'000;
        return table;
    }();
    if (centiDecades < 0)
        centiDecades = 0;
    quint64 whole = 1;
    for (int i = 0; i < centiDecades / 100; ++i)
        whole *= 10;
    return whole * fractions[std::size_t(centiDecades % 100)] / 1'000'000;
}

quint64 roundSignificant(quint64 value, int digits) {
    quint64 limit = 1;
    for (int i = 0; i < digits; ++i)
        limit *= 10;
    quint64 scale = 1;
    while (value / scale >= limit)
        scale *= 10;
    return (value + scale / 2) / scale * scale;
}

QString externalId(QStringView prefix, int number) {
    char16_t digits[12];
    int count = 0;
    for (quint32 n = quint32(std::max(number, 0)); count == 0 || n > 0; n /= 10)
        digits[count++] = char16_t(u'0' + n % 10);
    QString out;
    out.reserve(prefix.size() + std::max(count, 6));
    out.append(prefix);
    for (int i = count; i < 6; ++i)
        out.append(QLatin1Char('0'));
    while (count > 0)
        out.append(QChar(digits[--count]));
    return out;
}

} // namespace Fieldbook::DemoFormat
