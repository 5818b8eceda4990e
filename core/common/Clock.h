#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace Fieldbook {

/// The time source of the project; tests replace it with a fixed or stepping clock.
class Clock final {
public:
    /// Milliseconds since the epoch, UTC.
    static qint64 nowMs();
    static QDateTime nowUtc() { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    /// Today's date in the local time zone.
    static QDate today() { return QDateTime::fromMSecsSinceEpoch(nowMs()).date(); }
    /// Replaces the time source; pass an empty function to restore the system clock.
    static void setSource(std::function<qint64()> source);
};

} // namespace Fieldbook
