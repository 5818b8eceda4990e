#pragma once

#include "domain/Account.h"
#include "domain/CalendarEvent.h"
#include "domain/CalendarTask.h"
#include "domain/Contact.h"
#include "domain/User.h"

#include <QList>

namespace Fieldbook {

class DemoRandom;

/// Realistic calendars for the demo sales team, pure and deterministic like DemoGenerator: every
/// record depends only on (seed, now, index) and the records passed in. One event in twenty is a
/// series (a team's weekly meeting, a monthly one-to-one, a quarterly business review, a daily
/// stand-up for two weeks); the others are visits at customers, calls and internal meetings,
/// between 60 days ago and 90 days ahead, in working hours of the zone of the customer's country.
class DemoCalendar final {
public:
    DemoCalendar(quint64 seed, qint64 nowMs, QList<User> users);

    CalendarEvent event(int index, const Account& account, const Contact& contact) const;
    /// A follow-up task about `contact` (and its account), due around now; older ones mostly done.
    CalendarTask task(int index, const Account& account, const Contact& contact) const;

    /// The IANA zone of a demo country, by its name as accounts carry it ("Germany", "中国").
    static QByteArray zoneOfCountry(const QString& countryName);

private:
    CalendarEvent series(DemoRandom& random, int index) const;
    CalendarEvent appointment(DemoRandom& random, const Account& account, const Contact& contact) const;

    quint64 m_seed;
    qint64 m_nowMs;
    QDate m_today;
    QList<User> m_users;
};

} // namespace Fieldbook
