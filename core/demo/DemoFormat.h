#pragma once

#include <QString>
#include <QStringView>

namespace Fieldbook {

class DemoRandom;

/// Text and number helpers of the demo generator; integer arithmetic only, so results are portable.
namespace DemoFormat {

/// Values substituted into patterns: {a} area code, {s} street, {n} house number, {d} district.
struct PatternValues {
    QStringView area;
    QStringView street;
    QStringView number;
    QStringView district;
};

/// Expands '#' (digit), '%' (digit 2-9), '@' (upper-case letter) and the {x} fields of `values`.
QString expand(QStringView pattern, DemoRandom& random, const PatternValues& values = {});
/// The same with only an area code (phone numbers).
QString expand(QStringView pattern, DemoRandom& random, QStringView areaCode);

/// A UUIDv7 (RFC 9562) for `msSinceEpoch` whose random bits come from `random` (via createUuid7).
QString uuid7(qint64 msSinceEpoch, DemoRandom& random);

/// 10^(centiDecades / 100), e.g. 730 -> 19'952'623; exact to about six significant digits.
quint64 powerOfTen(int centiDecades);

/// Rounds to `digits` significant decimal digits, half up ("12'345" -> "12'300" for 3 digits).
quint64 roundSignificant(quint64 value, int digits);

/// "ACC-000042" style: a prefix and a number padded to six digits.
QString externalId(QStringView prefix, int number);

} // namespace DemoFormat
} // namespace Fieldbook
