#include "CalendarCorpus.h"
#include "CliRunner.h"
#include "StringMakers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// A weekly 09:00 in Berlin across the start of summer time (28 March 2027), its third meeting
/// moved, its fourth cancelled, with a colleague and a customer; an all-day fair; a task.
const QByteArray kWeekly =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:weekly@test\r\nSUMMARY:Weekly sync\r\nLOCATION:Raum 3\\, Haus B\r\n"
    "DTSTART;TZID=Europe/Berlin:20270315T090000\r\n"
    "DTEND;TZID=Europe/Berlin:20270315T100000\r\nRRULE:FREQ=WEEKLY;COUNT=5\r\n"
    "ATTENDEE;CN=Anna Schmidt:mailto:anna@fieldbook.example\r\n"
    "ATTENDEE;CN=李伟:mailto:li.wei@zhiyuan.example\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:weekly@test\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270329T090000\r\n"
    "SUMMARY:Weekly sync (moved)\r\nDTSTART;TZID=Europe/Berlin:20270330T140000\r\n"
    "DTEND;TZID=Europe/Berlin:20270330T150000\r\n"
    "ATTENDEE;CN=Anna Schmidt:mailto:anna@fieldbook.example\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:weekly@test\r\nRECURRENCE-ID;TZID=Europe/Berlin:20270405T090000\r\n"
    "SUMMARY:Weekly sync\r\nSTATUS:CANCELLED\r\nDTSTART;TZID=Europe/Berlin:20270405T090000\r\n"
    "DTEND;TZID=Europe/Berlin:20270405T100000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:fair@test\r\nSUMMARY:汉诺威工业博览会\r\nDTSTART;VALUE=DATE:20270322\r\n"
    "DTEND;VALUE=DATE:20270324\r\nCATEGORIES:Visit\r\nEND:VEVENT\r\n"
    "BEGIN:VTODO\r\nUID:todo@test\r\nSUMMARY:Send the offer\r\nDUE;VALUE=DATE:20270316\r\n"
    "END:VTODO\r\nEND:VCALENDAR\r\n";

/// A store with Anna as a colleague and the weekly file imported.
void weeklyStore(const CliRunner& cli) {
    succeeded(cli, {u"init"_s});
    succeeded(cli, {u"import"_s, u"users"_s,
                    cli.writeFile(u"users.csv"_s, "name,email,role\nAnna Schmidt,anna@fieldbook.example,rep\n"
                                                  "Ben Ng,ben@fieldbook.example,rep\n")});
    const QJsonObject report =
        jsonObject(succeeded(cli, {u"import"_s, u"calendar"_s, cli.writeFile(u"weekly.ics"_s, kWeekly)}).out);
    CHECK(report == QJsonObject{{u"events_added"_s, 4},
                                {u"events_updated"_s, 0},
                                {u"tasks_added"_s, 1},
                                {u"tasks_updated"_s, 0},
                                {u"skipped"_s, 0},
                                {u"issues"_s, QJsonArray()}});
}

/// "start end summary status" of an agenda's JSON objects.
QStringList lines(const QJsonArray& agenda) {
    QStringList out;
    for (const QJsonValue& value : agenda) {
        const QJsonObject o = value.toObject();
        out.append(u"%1 %2 %3 %4"_s.arg(o.value(u"start"_s).toString(), o.value(u"end"_s).toString(),
                                        o.value(u"summary"_s).toString(), o.value(u"status"_s).toString()));
    }
    return out;
}

QJsonArray agenda(const CliRunner& cli, const QStringList& more = {}) {
    return jsonArray(succeeded(cli, QStringList{u"calendar"_s, u"agenda"_s, u"--from"_s, u"2027-03-01"_s, u"--to"_s,
                                                u"2027-04-30"_s, u"--format"_s, u"json"_s} +
                                        more)
                         .out);
}

} // namespace

TEST_CASE("calendar agenda lists every occurrence in UTC: 09:00 Berlin is 08:00Z, then 07:00Z in summer time",
          "[cli][calendar]") {
    CliRunner cli;
    weeklyStore(cli);
    const QJsonArray all = agenda(cli, {u"--zone"_s, u"Asia/Shanghai"_s});
    CHECK(lines(all) == QStringList{u"2027-03-15T08:00:00Z 2027-03-15T09:00:00Z Weekly sync confirmed"_s,
                                    u"2027-03-22 2027-03-24 汉诺威工业博览会 confirmed"_s,
                                    u"2027-03-22T08:00:00Z 2027-03-22T09:00:00Z Weekly sync confirmed"_s,
                                    u"2027-03-30T12:00:00Z 2027-03-30T13:00:00Z Weekly sync (moved) confirmed"_s,
                                    u"2027-04-05T07:00:00Z 2027-04-05T08:00:00Z Weekly sync cancelled"_s,
                                    u"2027-04-12T07:00:00Z 2027-04-12T08:00:00Z Weekly sync confirmed"_s});
    const QJsonObject first = all.at(0).toObject();
    CHECK(first.value(u"uid"_s).toString() == u"weekly@test"_s);
    CHECK(first.value(u"recurrence_id"_s).toString() == u"20270315T080000Z"_s);
    CHECK(first.value(u"zone"_s).toString() == u"Europe/Berlin"_s);
    CHECK(first.value(u"location"_s).toString() == u"Raum 3, Haus B"_s);
    CHECK(first.value(u"all_day"_s).toBool() == false);
    CHECK(first.value(u"account"_s).isNull());
    CHECK(first.value(u"opportunity"_s).isNull());
    const QJsonObject fair = all.at(1).toObject();
    CHECK(fair.value(u"recurrence_id"_s).isNull());
    CHECK(fair.value(u"zone"_s).isNull());
    CHECK(fair.value(u"kind"_s).toString() == u"visit"_s);
    CHECK(fair.value(u"all_day"_s).toBool());
    // The moved one names the occurrence it replaces.
    CHECK(all.at(3).toObject().value(u"recurrence_id"_s).toString() == u"20270329T070000Z"_s);

    // The text shows local times of --zone: 16:00 in Shanghai before the change, 15:00 after it.
    const CliRun text = succeeded(cli, {u"calendar"_s, u"agenda"_s, u"--from"_s, u"2027-03-15"_s, u"--to"_s,
                                        u"2027-04-05"_s, u"--zone"_s, u"Asia/Shanghai"_s});
    CHECK(QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts) ==
          QStringList{u"2027-03-15 Mon 16:00-17:00  Weekly sync · Raum 3, Haus B"_s,
                      u"2027-03-22 Mon all day until 2027-03-23  汉诺威工业博览会"_s,
                      u"2027-03-22 Mon 16:00-17:00  Weekly sync · Raum 3, Haus B"_s,
                      u"2027-03-30 Tue 20:00-21:00  Weekly sync (moved)"_s,
                      u"2027-04-05 Mon 15:00-16:00  Weekly sync (cancelled)"_s});
}

TEST_CASE("calendar agenda of a Google export keeps a weekly 08:30 in Berlin across the DST change",
          "[cli][calendar]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    succeeded(cli,
              {u"import"_s, u"calendar"_s, calendarCorpusFile(u"recurring-ical-events/daylight_saving_time.ics"_s)});
    const QJsonArray all =
        jsonArray(succeeded(cli, {u"calendar"_s, u"agenda"_s, u"--from"_s, u"2019-03-20"_s, u"--to"_s, u"2019-04-05"_s,
                                  u"--format"_s, u"json"_s, u"--zone"_s, u"UTC"_s})
                      .out);
    QStringList montessori;
    for (const QJsonValue& value : all) {
        const QJsonObject o = value.toObject();
        if (o.value(u"summary"_s).toString() == u"Montessori Schulklasse"_s)
            montessori.append(o.value(u"start"_s).toString() + u' ' + o.value(u"zone"_s).toString());
    }
    CHECK(montessori == QStringList{u"2019-03-21T07:30:00Z Europe/Berlin"_s, u"2019-03-22T07:30:00Z Europe/Berlin"_s,
                                    u"2019-03-28T07:30:00Z Europe/Berlin"_s, u"2019-03-29T07:30:00Z Europe/Berlin"_s,
                                    u"2019-04-04T06:30:00Z Europe/Berlin"_s, u"2019-04-05T06:30:00Z Europe/Berlin"_s});
}

TEST_CASE("calendar agenda --user shows what a colleague owns or attends and names an unknown user",
          "[cli][calendar]") {
    CliRunner cli;
    weeklyStore(cli);
    const QJsonArray anna = agenda(cli, {u"--user"_s, u"anna schmidt"_s, u"--zone"_s, u"UTC"_s});
    // The series and its moved meeting; the cancelled one names nobody in the file, and the fair neither.
    CHECK(lines(anna) == QStringList{u"2027-03-15T08:00:00Z 2027-03-15T09:00:00Z Weekly sync confirmed"_s,
                                     u"2027-03-22T08:00:00Z 2027-03-22T09:00:00Z Weekly sync confirmed"_s,
                                     u"2027-03-30T12:00:00Z 2027-03-30T13:00:00Z Weekly sync (moved) confirmed"_s,
                                     u"2027-04-12T07:00:00Z 2027-04-12T08:00:00Z Weekly sync confirmed"_s});
    CHECK(agenda(cli, {u"--user"_s, u"ANNA@fieldbook.example"_s, u"--zone"_s, u"UTC"_s}) == anna);
    CHECK(agenda(cli, {u"--user"_s, u"Ben Ng"_s, u"--zone"_s, u"UTC"_s}).isEmpty());
    const CliRun unknown = cli.run({u"calendar"_s, u"agenda"_s, u"--from"_s, u"2027-03-01"_s, u"--to"_s,
                                    u"2027-03-31"_s, u"--user"_s, u"Nobody Here"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("Nobody Here"));
    CHECK(unknown.out.isEmpty());
}

TEST_CASE("import calendar again updates by UID, and a dry run writes nothing", "[cli][calendar]") {
    CliRunner cli;
    weeklyStore(cli);
    const QString file = cli.path(u"weekly.ics"_s);
    const QJsonArray before = agenda(cli, {u"--zone"_s, u"UTC"_s});
    REQUIRE(before.size() == 6);
    const QJsonObject again = jsonObject(succeeded(cli, {u"import"_s, u"calendar"_s, file}).out);
    CHECK(again.value(u"events_added"_s).toInt() == 0);
    CHECK(again.value(u"events_updated"_s).toInt() == 4);
    CHECK(again.value(u"tasks_updated"_s).toInt() == 1);
    CHECK(again.value(u"tasks_added"_s).toInt() == 0);
    CHECK(agenda(cli, {u"--zone"_s, u"UTC"_s}) == before);

    CliRunner empty;
    succeeded(empty, {u"init"_s});
    const QJsonObject dry = jsonObject(
        succeeded(empty, {u"import"_s, u"calendar"_s, empty.writeFile(u"w.ics"_s, kWeekly), u"--dry-run"_s}).out);
    CHECK(dry.value(u"events_added"_s).toInt() == 4);
    CHECK(dry.value(u"tasks_added"_s).toInt() == 1);
    CHECK(agenda(empty, {u"--zone"_s, u"UTC"_s}).isEmpty());
    const QJsonObject stats = jsonObject(succeeded(empty, {u"stats"_s}).out);
    CHECK(stats.value(u"events"_s).toInt(-1) == 0);
    CHECK(stats.value(u"tasks"_s).toInt(-1) == 0);
}

TEST_CASE("import calendar reports what it could not represent, and refuses a file that is not iCalendar",
          "[cli][calendar]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    const QJsonObject report = jsonObject(
        succeeded(cli, {u"import"_s, u"calendar"_s, calendarCorpusFile(u"icaljs/google_birthday.ics"_s)}).out);
    const QJsonArray issues = report.value(u"issues"_s).toArray();
    REQUIRE(issues.size() == 5);
    const QJsonObject orphan = issues.at(2).toObject();
    CHECK(orphan.value(u"line"_s).toInt() == 27);
    CHECK(orphan.value(u"uid"_s).toString() == u"BIRTHDAY_79d389868f96182e@google.com"_s);
    CHECK(orphan.value(u"summary"_s).toString() == u"PErson #2's birthday"_s);
    CHECK(orphan.value(u"message"_s).toString().contains(u"imported as a single event"_s));

    const QString csv = cli.writeFile(u"agenda.ics"_s, "Subject,Start Date\nLunch,2027-03-01\n");
    const CliRun broken = cli.run({u"import"_s, u"calendar"_s, csv});
    CHECK(broken.exitCode == 4);
    CHECK(broken.err.contains(csv.toUtf8()));
    CHECK(broken.out.isEmpty());
    const CliRun missing = cli.run({u"import"_s, u"calendar"_s, cli.path(u"nothing.ics"_s)});
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains("nothing.ics"));
    CHECK(cli.run({u"import"_s, u"calendar"_s}).exitCode == 2);
    CHECK(cli.run({u"import"_s, u"calendar"_s, csv, u"--map"_s, u"name=Subject"_s}).exitCode == 2);
}

TEST_CASE("export calendar writes iCalendar that imports into another store with the same agenda", "[cli][calendar]") {
    CliRunner cli;
    weeklyStore(cli);
    const QString file = cli.path(u"out.ics"_s);
    CHECK(succeeded(cli, {u"export"_s, u"calendar"_s, u"--format"_s, u"ics"_s, u"-o"_s, file}).out.isEmpty());
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray ics = written.readAll();
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(succeeded(cli, {u"export"_s, u"calendar"_s}).out == ics);

    CliRunner other;
    succeeded(other, {u"init"_s});
    const QJsonObject report = jsonObject(succeeded(other, {u"import"_s, u"calendar"_s, file}).out);
    CHECK(report.value(u"events_added"_s).toInt() == 4);
    CHECK(report.value(u"tasks_added"_s).toInt() == 1);
    CHECK(report.value(u"issues"_s).toArray().isEmpty());
    CHECK(agenda(other, {u"--zone"_s, u"Europe/Berlin"_s}) == agenda(cli, {u"--zone"_s, u"Europe/Berlin"_s}));

    // A period: the Tuesday of the moved meeting brings the series; the fair and the task stay out.
    const QByteArray tuesday =
        succeeded(cli, {u"export"_s, u"calendar"_s, u"--format"_s, u"ics"_s, u"--from"_s, u"2027-03-30"_s, u"--to"_s,
                        u"2027-03-30"_s, u"--zone"_s, u"Europe/Berlin"_s})
            .out;
    CHECK(tuesday.count("BEGIN:VEVENT") == 3);
    CHECK_FALSE(tuesday.contains("VTODO"));
    CHECK_FALSE(tuesday.contains("UID:fair@test"));
}

TEST_CASE("the calendar commands refuse wrong dates, formats and zones with exit 2", "[cli][calendar]") {
    CliRunner cli;
    succeeded(cli, {u"init"_s});
    const QStringList period{u"--from"_s, u"2027-03-01"_s, u"--to"_s, u"2027-03-31"_s};
    struct Case {
        QStringList arguments;
        const char* says;
    };
    for (const Case& c :
         {Case{{u"calendar"_s, u"agenda"_s, u"--from"_s, u"2027-03-01"_s}, "--to DATE"},
          Case{{u"calendar"_s, u"agenda"_s, u"--from"_s, u"1.3.2027"_s, u"--to"_s, u"2027-03-31"_s}, "1.3.2027"},
          Case{{u"calendar"_s, u"agenda"_s, u"--from"_s, u"2027-03-31"_s, u"--to"_s, u"2027-03-01"_s}, "before --from"},
          Case{QStringList{u"calendar"_s, u"agenda"_s, u"--format"_s, u"xml"_s} + period, "xml"},
          Case{QStringList{u"calendar"_s, u"agenda"_s, u"--zone"_s, u"Mars/Base"_s} + period, "Mars/Base"},
          Case{QStringList{u"calendar"_s, u"week"_s} + period, "week"},
          Case{{u"export"_s, u"calendar"_s, u"--format"_s, u"csv"_s}, "--format ics"}}) {
        const CliRun run = cli.run(c.arguments);
        INFO(c.arguments.join(u' ').toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.says));
        CHECK(run.out.isEmpty());
    }
    const CliRun help = succeeded(cli, {u"calendar"_s, u"--help"_s});
    CHECK(help.out.contains("The last day, included"));
}
