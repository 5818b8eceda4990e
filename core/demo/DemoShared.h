#pragma once

#include "DemoRandom.h"

#include <algorithm>

/// What the demo generator's files share (DemoGenerator.cpp, DemoLeads.cpp): the random streams,
/// time spans and shares of Chinese names and companies.
namespace Fieldbook::DemoShared {

// Every record draws from its own stream, so records are addressable by index.
enum Stream : quint64 { UserStream = 1, AccountStream, ContactStream, ActivityStream, NameStream, MappingStream };
constexpr quint64 LeadStream = 20; // MappingStream + 1 is taken by the activities' mapping

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
constexpr qint64 year = 365 * day;

constexpr double chineseAccountShare = 0.30;
constexpr double chineseNameAtChineseAccount = 0.90;
constexpr double chineseNameAtWesternAccount = 0.04;

/// Between low and high, skewed towards low (the smaller of two uniform draws).
inline qint64 skewedLow(DemoRandom& random, qint64 low, qint64 high) {
    const quint64 span = quint64(std::max<qint64>(high - low, 0));
    return low + qint64(std::min(random.bounded(span + 1), random.bounded(span + 1)));
}

} // namespace Fieldbook::DemoShared
