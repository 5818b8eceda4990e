#include "DemoCalendar.h"

#include "DemoFormat.h"
#include "DemoRandom.h"
#include "DemoShared.h"

#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

constexpr quint64 kEventStream = 30;
constexpr quint64 kTaskStream = 31;

struct SeriesKind {
    const char* title;
    const char* titleZh;
    const char* rule;
    int hour;
    int minutes;
};

// What sales teams meet for, and how often (RFC 5545 rules, from the start's weekday on).
constexpr SeriesKind kSeries[] = {
    {"Team meeting", "团队周会", "FREQ=WEEKLY;BYDAY=MO", 9, 60},
    {"Pipeline review", "销售漏斗评审", "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH", 14, 60},
    {"One-to-one", "一对一面谈", "FREQ=MONTHLY;BYDAY=1TU", 11, 30},
    {"Quarterly business review", "季度业务回顾", "FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR", 10, 120},
    {"Stand-up", "晨会", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=10", 8, 15},
    {"Forecast call", "预测电话会", "FREQ=WEEKLY;BYDAY=FR;UNTIL=%1", 16, 30},
};

const QStringList kVisitTitles{u"Visit: %1"_s, u"Product demo at %1"_s, u"Contract talk at %1"_s,
                               u"Site survey at %1"_s};
const QStringList kVisitTitlesZh{u"拜访%1"_s, u"在%1演示产品"_s, u"与%1洽谈合同"_s, u"%1现场勘察"_s};
const QStringList kCallTitles{u"Call %1"_s, u"Follow-up call with %1"_s, u"Price call with %1"_s};
const QStringList kCallTitlesZh{u"致电%1"_s, u"回访%1"_s, u"与%1沟通报价"_s};
const QStringList kTaskTitles{u"Send the offer to %1"_s, u"Call back %1"_s, u"Prepare the demo for %1"_s,
                              u"Update the opportunity of %1"_s, u"Send the brochure to %1"_s};
const QStringList kTaskTitlesZh{u"给%1发送报价"_s, u"回电%1"_s, u"为%1准备演示"_s, u"更新%1的商机"_s,
                                u"给%1寄送资料"_s};

bool isChinese(const Contact& contact) {
    return !contact.lastName.isEmpty() && contact.lastName.at(0).unicode() >= 0x3000;
}

/// A working day near `day`: Saturday and Sunday move to Monday.
QDate workingDay(QDate day) {
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

CalendarTime at(QDate day, int hour, int minute, const QByteArray& zone) {
    return CalendarTime::zoned(day, QTime(hour, minute), zone);
}

CalendarTime plusMinutes(const CalendarTime& start, int minutes) {
    const QDateTime local = QDateTime(start.date, start.time).addSecs(qint64(minutes) * 60);
    return CalendarTime::zoned(local.date(), local.time(), start.zone);
}

} // namespace

DemoCalendar::DemoCalendar(quint64 seed, qint64 nowMs, QList<User> users)
    : m_seed(seed)
    , m_nowMs(nowMs)
    , m_today(QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone::utc()).date())
    , m_users(std::move(users)) {}

QByteArray DemoCalendar::zoneOfCountry(const QString& countryName) {
    static const QHash<QString, QByteArray> zones{
        {u"United States"_s, "America/New_York"},
        {u"Germany"_s, "Europe/Berlin"},
        {u"France"_s, "Europe/Paris"},
        {u"Netherlands"_s, "Europe/Amsterdam"},
        {u"Ireland"_s, "Europe/Dublin"},
        {u"Austria"_s, "Europe/Vienna"},
        {u"Spain"_s, "Europe/Madrid"},
        {u"Italy"_s, "Europe/Rome"},
        {u"Belgium"_s, "Europe/Brussels"},
        {u"中国"_s, "Asia/Shanghai"},
    };
    return zones.value(countryName, "Europe/Berlin");
}

CalendarEvent DemoCalendar::event(int index, const Account& account, const Contact& contact) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, kEventStream, quint64(index)));
    CalendarEvent e = index % 20 == 7 ? series(random, index) : appointment(random, account, contact);
    e.id = DemoFormat::uuid7(m_nowMs - DemoShared::year + qint64(index) * DemoShared::minute, random);
    e.reminders = {random.chance(0.7) ? 15 : 60};
    if (random.chance(0.15))
        e.reminders.append(24 * 60);
    return e;
}

CalendarEvent DemoCalendar::series(DemoRandom& random, int index) const {
    const SeriesKind& kind = kSeries[random.bounded(std::size(kSeries))];
    const User& owner = m_users.at(qsizetype(random.bounded(quint64(m_users.size()))));
    const bool chinese = owner.team.contains(u"China"_s);
    const QByteArray zone = chinese ? "Asia/Shanghai" : index % 3 == 0 ? "America/New_York" : "Europe/Berlin";
    // Series began up to half a year ago; a few start next week.
    const QDate first = workingDay(m_today.addDays(-random.uniformInt(-7, 180)));
    CalendarEvent e;
    e.kind = EventKind::Meeting;
    e.title = chinese ? QString::fromUtf8(kind.titleZh) : QString::fromLatin1(kind.title);
    e.location = chinese ? u"会议室 A"_s : u"Meeting room 2"_s;
    e.start = at(first, kind.hour, 0, zone);
    e.end = plusMinutes(e.start, kind.minutes);
    QString rule = QString::fromLatin1(kind.rule);
    if (rule.contains(u"%1"_s))
        rule = rule.arg(first.addDays(7 * 26).toString(u"yyyyMMdd"_s) + u"T235959Z"_s);
    e.rrules = {rule};
    e.ownerId = owner.id;
    for (const User& user : m_users)
        if (user.team == owner.team && user.id != owner.id)
            e.attendees.append({user.id, {}, user.name, user.email, u"ACCEPTED"_s});
    return e;
}

CalendarEvent DemoCalendar::appointment(DemoRandom& random, const Account& account, const Contact& contact) const {
    const bool chinese = isChinese(contact);
    const QByteArray zone = zoneOfCountry(account.address.country);
    const QDate day = workingDay(m_today.addDays(random.uniformInt(-60, 90)));
    const int roll = random.uniformInt(0, 99);
    CalendarEvent e;
    e.kind = roll < 55 ? EventKind::Visit : roll < 85 ? EventKind::Call : EventKind::Meeting;
    const int quarter = random.uniformInt(0, 3) * 15;
    e.start = at(day, random.uniformInt(8, 17), quarter, zone);
    e.end = plusMinutes(e.start, e.kind == EventKind::Call ? 30 : e.kind == EventKind::Visit ? 90 : 60);
    const QString name = contact.displayName();
    if (e.kind == EventKind::Visit) {
        e.title = (chinese ? random.pick(kVisitTitlesZh) : random.pick(kVisitTitles)).arg(account.name);
        e.location =
            account.address.street + (account.address.city.isEmpty() ? QString() : u", "_s) + account.address.city;
    } else {
        e.title = (chinese ? random.pick(kCallTitlesZh) : random.pick(kCallTitles)).arg(name);
    }
    e.accountId = account.id;
    e.contactId = contact.id;
    e.attendees = {{{}, contact.id, name, contact.emails.isEmpty() ? QString() : contact.emails.first().value, {}}};
    e.status = random.chance(0.08) ? EventStatus::Tentative : EventStatus::Confirmed;
    e.isPrivate = random.chance(0.03);
    e.ownerId = account.ownerId;
    return e;
}

CalendarTask DemoCalendar::task(int index, const Account& account, const Contact& contact) const {
    DemoRandom random(DemoRandom::deriveSeed(m_seed, kTaskStream, quint64(index)));
    CalendarTask t;
    t.id = DemoFormat::uuid7(m_nowMs - DemoShared::year + qint64(index) * DemoShared::minute, random);
    t.title = (isChinese(contact) ? random.pick(kTaskTitlesZh) : random.pick(kTaskTitles)).arg(contact.displayName());
    const int offset = random.uniformInt(-30, 30);
    if (random.chance(0.85)) {
        const QDate day = m_today.addDays(offset);
        t.due = random.chance(0.6)
                    ? CalendarTime::ofDate(day)
                    : at(workingDay(day), random.uniformInt(9, 17), 0, zoneOfCountry(account.address.country));
    }
    const TaskPriority priorities[] = {TaskPriority::None, TaskPriority::Normal, TaskPriority::High, TaskPriority::Low};
    t.priority = priorities[random.bounded(4)];
    // Most past tasks are done; a few are overdue.
    if (offset < 0 && random.chance(0.75)) {
        t.status = TaskStatus::Done;
        t.doneAt = m_nowMs + qint64(offset + 1) * DemoShared::day;
    }
    t.accountId = account.id;
    t.contactId = contact.id;
    t.reminders = t.due && random.chance(0.5) ? QList<int>{60} : QList<int>{};
    t.ownerId = account.ownerId;
    return t;
}

} // namespace Fieldbook
