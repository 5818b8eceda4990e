// libical's table of 146 rules with their expected instances (src/test/icalrecur_test.txt), read
// from the shared corpus and expanded by our engine. docs/recurrence.md lists where we differ and why.

#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "calendar/RecurrenceSet.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QTimeZone>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

struct LibicalCase {
    int line = 0;
    QString comment;
    QString rrule;
    QString dtstart;
    QString startAt;
    QString instances;
};

QList<LibicalCase> readLibicalTable() {
    QFile file(Test::calendarCorpusFile(u"libical/icalrecur_test.txt"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<LibicalCase> cases;
    LibicalCase current;
    int lineNo = 0;
    const auto flush = [&] {
        if (!current.rrule.isEmpty())
            cases.append(current);
        current = {};
    };
    for (const QByteArray& raw : file.readAll().split('\n')) {
        ++lineNo;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty()) {
            flush();
        } else if (line.startsWith(u'#')) {
            current.comment += line.mid(1).trimmed() + u' ';
        } else if (line.startsWith(u"RRULE:")) {
            current.rrule = line.mid(6);
            current.line = lineNo;
        } else if (line.startsWith(u"DTSTART:")) {
            current.dtstart = line.mid(8);
        } else if (line.startsWith(u"START-AT:")) {
            current.startAt = line.mid(9);
        } else if (line.startsWith(u"INSTANCES:")) {
            current.instances = line.mid(10);
        }
    }
    flush();
    return cases;
}

CalendarTime readIcalTime(const QString& text) {
    const QDate date = QDate::fromString(text.left(8), u"yyyyMMdd"_s);
    if (text.size() == 8)
        return CalendarTime::ofDate(date);
    const QTime time = QTime::fromString(text.mid(9, 6), u"HHmmss"_s);
    if (text.endsWith(u'Z'))
        return CalendarTime::utc(QDateTime(date, time, QTimeZone::utc()));
    return CalendarTime::floating(date, time);
}

QString icalText(const CalendarTime& value) {
    const QString date = value.date.toString(u"yyyyMMdd"_s);
    if (value.kind == CalendarTime::Kind::Date)
        return date;
    const QString text = date + u'T' + value.time.toString(u"HHmmss"_s);
    return value.kind == CalendarTime::Kind::Utc ? text + u'Z' : text;
}

QString joined(const QList<CalendarTime>& values) {
    QStringList texts;
    for (const CalendarTime& value : values)
        texts.append(icalText(value));
    return texts.join(u',');
}

/// libical's driver compares only the instances at or after START-AT.
QString expectedFromStartAt(const LibicalCase& c) {
    if (c.startAt.isEmpty())
        return c.instances;
    const QDateTime startAt = readIcalTime(c.startAt).toDateTime(QTimeZone::utc());
    QStringList kept;
    for (const QString& instance : c.instances.split(u',')) {
        if (readIcalTime(instance).toDateTime(QTimeZone::utc()) >= startAt)
            kept.append(instance);
    }
    return kept.join(u',');
}

QDateTime startAtOf(const LibicalCase& c) {
    return c.startAt.isEmpty() ? QDateTime() : readIcalTime(c.startAt).toDateTime(QTimeZone::utc());
}

/// Where RFC 5545 reads a rule otherwise than libical (docs/recurrence.md, libical's table): the
/// line of the case in icalrecur_test.txt, our instances and why.
struct Disputed {
    int line;
    const char* instances;
    const char* why;
};

const Disputed kDisputed[] = {
    // RFC 5545's table: BYMONTHDAY expands a YEARLY rule, so without BYMONTH it is that day of
    // every month (python-dateutil reads it so too); libical takes the month from DTSTART.
    {390, "20240229,20240329,20240429", "YEARLY+BYMONTHDAY without BYMONTH: every month"},
    {395, "20240201,20240229,20240303,20240331", "YEARLY+BYMONTHDAY without BYMONTH: every month"},
    // libical gives up (UNIMPLEMENTED); BYWEEKNO=1 holds 30 December when week 1 starts before
    // 1 January (ical.net expects the same four dates).
    {405, "20241230,20251230,20301230,20311230", "BYWEEKNO with BYMONTH and BYMONTHDAY"},
    // With BYWEEKNO the YEARLY period is the week-numbering year, and INTERVAL counts those years
    // from the one DTSTART lies in (2026 for 3 January 2027), as libical itself does at lines 725
    // and 740; here libical counts from the calendar year 2027 instead.
    {681, "20321230T000000Z", "BYWEEKNO=53 with INTERVAL=6: week-years 2026, 2032"},
    {686, "20711231T000000Z", "BYWEEKNO=53 with INTERVAL=5: week-years 2026, 2031 ... 2071"},
};

const Disputed* disputedCase(const LibicalCase& c) {
    for (const Disputed& disputed : kDisputed) {
        if (disputed.line == c.line)
            return &disputed;
    }
    return nullptr;
}

QString ourExpectation(const LibicalCase& c) {
    const Disputed* disputed = disputedCase(c);
    return disputed ? QString::fromLatin1(disputed->instances) : expectedFromStartAt(c);
}

} // namespace

TEST_CASE("libical's recurrence table: the rules' own occurrences", "[calendar][recurrence]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    const QList<LibicalCase> cases = readLibicalTable();
    REQUIRE(cases.size() == 146);
    int sameAsLibical = 0;
    for (const LibicalCase& c : cases) {
        INFO("line " << c.line << ": " << c.comment.toStdString() << " RRULE:" << c.rrule.toStdString()
                     << " DTSTART:" << c.dtstart.toStdString());
        const Result<RecurrenceRule> rule = RecurrenceRule::parse(c.rrule);
        REQUIRE(rule.has_value());
        const RecurrenceSet set{readIcalTime(c.dtstart), {*rule}, {}, {}};
        const QString actual = joined(RecurrenceDetail::ruleOccurrences(set, QTimeZone::utc(), startAtOf(c), 5000));
        const Disputed* disputed = disputedCase(c);
        INFO((disputed ? disputed->why : "as libical"));
        CHECK(actual == ourExpectation(c));
        sameAsLibical += actual == expectedFromStartAt(c) ? 1 : 0;
    }
    CHECK(sameAsLibical == 141);
}

TEST_CASE("libical's recurrence table as a series: DTSTART is the first occurrence and counts toward COUNT",
          "[calendar][recurrence]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    // libical's iterator leaves out a DTSTART the rule does not produce; RFC 5545 (3.3.10, COUNT;
    // 3.8.5.3) makes it the first occurrence of the series, so it leads and takes one place of COUNT.
    int startAdded = 0;
    for (const LibicalCase& c : readLibicalTable()) {
        INFO("line " << c.line << ": RRULE:" << c.rrule.toStdString() << " DTSTART:" << c.dtstart.toStdString());
        const RecurrenceRule rule = *RecurrenceRule::parse(c.rrule);
        const RecurrenceSet set{readIcalTime(c.dtstart), {rule}, {}, {}};
        QStringList expected = ourExpectation(c).split(u',');
        if (expected.front() != c.dtstart && c.startAt.isEmpty()) {
            ++startAdded;
            expected.prepend(c.dtstart);
            if (rule.count > 0)
                expected.removeLast();
        }
        if (c.startAt.isEmpty()) {
            CHECK(joined(set.first(5000, QTimeZone::utc())) == expected.join(u','));
        } else {
            const QDateTime end(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc());
            CHECK(joined(set.between(startAtOf(c), end, QTimeZone::utc())) == expected.join(u','));
        }
    }
    CHECK(startAdded == 11);
}
