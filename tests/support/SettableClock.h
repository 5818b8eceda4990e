#pragma once

#include "common/Clock.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

namespace Fieldbook::Test {

/// Holds Fieldbook::Clock at a moment the test moves; the system clock comes back at the end.
class SettableClock final {
public:
    explicit SettableClock(const QDateTime& now)
        : m_ms(std::make_shared<qint64>(now.toMSecsSinceEpoch())) {
        Clock::setSource([ms = m_ms] { return *ms; });
    }
    ~SettableClock() { Clock::setSource({}); }
    SettableClock(const SettableClock&) = delete;
    SettableClock& operator=(const SettableClock&) = delete;

    void set(const QDateTime& now) { *m_ms = now.toMSecsSinceEpoch(); }
    void advanceSecs(qint64 seconds) { *m_ms += seconds * 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(*m_ms, QTimeZone::utc()); }

private:
    std::shared_ptr<qint64> m_ms;
};

} // namespace Fieldbook::Test
