#include "StringMakers.h"
#include "calendar/IcsContentLine.h"
#include "calendar/IcsText.h"
#include "calendar/IcsValue.h"

#include <catch2/catch.hpp>

#include <QStringDecoder>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QStringList namesAndValues(const IcsContentLines::Parsed& parsed) {
    QStringList all;
    for (const IcsContentLine& line : parsed.lines)
        all.append(QString::fromLatin1(line.name) + u'=' + line.value);
    return all;
}

QList<QByteArray> physicalLines(const QByteArray& folded) {
    QList<QByteArray> lines = folded.split('\n');
    REQUIRE(lines.takeLast().isEmpty()); // the last line ends with CRLF too
    for (QByteArray& line : lines) {
        REQUIRE(line.endsWith('\r'));
        line.chop(1);
    }
    return lines;
}

} // namespace

TEST_CASE("CRLF, LF and CR line ends and folds read the same", "[calendar][ics]") {
    const QStringList expected{u"BEGIN=VEVENT"_s, u"SUMMARY=a long summary"_s, u"END=VEVENT"_s};
    CHECK(namesAndValues(IcsContentLines::parse("BEGIN:VEVENT\r\nSUMMARY:a long\r\n  summary\r\nEND:VEVENT\r\n")) ==
          expected);
    CHECK(namesAndValues(IcsContentLines::parse("BEGIN:VEVENT\nSUMMARY:a long\n\t summary\nEND:VEVENT")) == expected);
    CHECK(namesAndValues(IcsContentLines::parse("BEGIN:VEVENT\rSUMMARY:a long\r  summary\rEND:VEVENT\r")) == expected);
    // A byte order mark and blank lines between components are skipped; names are case-insensitive.
    CHECK(namesAndValues(IcsContentLines::parse("\xEF\xBB\xBF"
                                                "begin:VEVENT\r\n\r\nSUMMARY:a long\r\n  summary\r\n\r\nEND:VEVENT")) ==
          expected);
}

TEST_CASE("unfolding joins bytes, so a fold inside a UTF-8 sequence keeps the character", "[calendar][ics]") {
    // 中文 is E4 B8 AD E6 96 87: the producer folded after the second byte of 中.
    const IcsContentLines::Parsed parsed = IcsContentLines::parse("SUMMARY:\xE4\xB8\r\n \xAD\xE6\x96\x87 ok\r\n");
    REQUIRE(parsed.lines.size() == 1);
    CHECK(parsed.lines.front().value == u"中文 ok");
    CHECK(parsed.notUtf8.isEmpty());
    // Bytes that are not UTF-8 are read as Latin-1 and listed.
    const IcsContentLines::Parsed latin = IcsContentLines::parse("SUMMARY:caf\xE9\r\n");
    CHECK(latin.lines.front().value == u"café");
    CHECK(latin.notUtf8 == QList<int>{1});
}

TEST_CASE("parameters keep quoted values with colons, semicolons and commas", "[calendar][ics]") {
    const IcsContentLines::Parsed parsed = IcsContentLines::parse(
        "ATTENDEE;CN=\"Doe; John: the, third\";ROLE=CHAIR;DELEGATED-TO=\"mailto:a@x\",\"mailto:b@x\":mailto:j@x.org\r\n"
        "DTSTART;TZID=\"(UTC+07:00) Bangkok, Hanoi, Jakarta\":20190430T090000\r\n");
    REQUIRE(parsed.lines.size() == 2);
    const IcsContentLine& attendee = parsed.lines[0];
    CHECK(attendee.parameter("CN") == u"Doe; John: the, third");
    CHECK(attendee.parameter("ROLE") == u"CHAIR");
    CHECK(attendee.parameter("DELEGATED-TO") == u"mailto:a@x,mailto:b@x");
    CHECK(attendee.value == u"mailto:j@x.org");
    CHECK_FALSE(attendee.hasParameter("RSVP"));
    CHECK(parsed.lines[1].parameter("TZID") == u"(UTC+07:00) Bangkok, Hanoi, Jakarta");
    CHECK(parsed.lines[1].value == u"20190430T090000");
}

TEST_CASE("a value written inside the quoted TZID is taken out of it", "[calendar][ics]") {
    // node-ical/ms_timezones.ics: Exchange closed the quote after the value.
    const IcsContentLines::Parsed parsed =
        IcsContentLines::parse("DTSTART;TZID=\"W. Europe Standard Time:20200609T090000\"\r\n");
    REQUIRE(parsed.lines.size() == 1);
    CHECK(parsed.lines.front().parameter("TZID") == u"W. Europe Standard Time");
    CHECK(parsed.lines.front().value == u"20200609T090000");
    CHECK(parsed.unreadable.isEmpty());
}

TEST_CASE("lines that are not NAME:value are listed with their line numbers", "[calendar][ics]") {
    const IcsContentLines::Parsed parsed = IcsContentLines::parse("BEGIN:VEVENT\r\nno colon here\r\n:value\r\n"
                                                                  "SUMMARY;X=\"open quote:x\r\nEND:VEVENT\r\n");
    CHECK(parsed.unreadable == QList<int>{2, 3});
    // The open quote swallows the rest of its line; its colon gives the value.
    CHECK(namesAndValues(parsed) == QStringList{u"BEGIN=VEVENT"_s, u"SUMMARY=x"_s, u"END=VEVENT"_s});
}

TEST_CASE("folding keeps lines within 75 octets and never splits a character", "[calendar][ics]") {
    QString summary;
    for (int i = 0; i < 60; ++i)
        summary += u"会议纪要"_s.at(i % 4);
    summary += u"🎉 end"_s;
    const QByteArray line = (u"SUMMARY:"_s + summary).toUtf8();
    const QByteArray folded = IcsContentLines::fold(line);
    QByteArray unfolded;
    const QList<QByteArray> lines = physicalLines(folded);
    CHECK(lines.size() > 2);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        INFO("line " << i << ": " << lines[i].toStdString());
        CHECK(lines[i].size() <= 75);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString piece = decoder.decode(i == 0 ? lines[i] : lines[i].sliced(1));
        CHECK_FALSE(decoder.hasError()); // every piece is whole characters
        if (i > 0)
            CHECK(lines[i].startsWith(' '));
        unfolded += i == 0 ? lines[i] : lines[i].sliced(1);
    }
    CHECK(unfolded == line);
    CHECK(IcsContentLines::parse(folded).lines.front().value == summary);
    CHECK(IcsContentLines::fold("SHORT:x") == "SHORT:x\r\n");
    CHECK(physicalLines(IcsContentLines::fold(QByteArray(75, 'a'))).size() == 1);
    CHECK(physicalLines(IcsContentLines::fold(QByteArray(76, 'a'))).size() == 2);
}

TEST_CASE("TEXT escaping round-trips semicolons, commas, backslashes and line breaks", "[calendar][ics]") {
    const QString text = u"Room 3; floor 2, east\\west\nsecond line\r\nthird"_s;
    CHECK(IcsText::escape(text) == u"Room 3\\; floor 2\\, east\\\\west\\nsecond line\\nthird");
    CHECK(IcsText::unescape(IcsText::escape(text)) == u"Room 3; floor 2, east\\west\nsecond line\nthird");
    CHECK(IcsText::unescape(u"a\\Nb\\nc"_s) == u"a\nb\nc");
    // Lenient: an escaped colon or quote loses its backslash, a Windows path keeps its own.
    CHECK(IcsText::unescape(u"a\\:b \\\"q\\\" C:\\Users end\\"_s) == u"a:b \"q\" C:\\Users end\\");
    CHECK(IcsText::splitList(u"one,two\\,three,,four"_s) ==
          QStringList{u"one"_s, u"two\\,three"_s, QString(), u"four"_s});
    CHECK(IcsText::parameterValue(u"Doe, John"_s) == u"\"Doe, John\"");
    CHECK(IcsText::parameterValue(u"Plain Name"_s) == u"Plain Name");
    CHECK(IcsText::parameterValue(u"Say \"hi\"\n"_s) == u"Say 'hi' ");
}

TEST_CASE("dates and times are read as written, and leniently where producers differ", "[calendar][ics]") {
    const auto parsed = [](const char* text) {
        const std::optional<IcsValue::DateTime> value = IcsValue::parseDateTime(QString::fromLatin1(text));
        if (!value)
            return u"none"_s;
        QString out = value->date.toString(Qt::ISODate);
        if (!value->isDate)
            out += u'T' + value->time.toString(Qt::ISODate);
        if (value->isUtc)
            out += u'Z';
        return value->approximated ? out + u" (approximated)"_s : out;
    };
    CHECK(parsed("20240301") == u"2024-03-01");
    CHECK(parsed("20240301T093000") == u"2024-03-01T09:30:00");
    CHECK(parsed("20240301T093000Z") == u"2024-03-01T09:30:00Z");
    CHECK(parsed(" 20240301t093000z ") == u"2024-03-01T09:30:00Z");
    CHECK(parsed("20131210Z") == u"2013-12-10 (approximated)"); // Google's RDATE
    CHECK(parsed("20240301T0930") == u"2024-03-01T09:30:00 (approximated)");
    CHECK(parsed("2024-03-01T09:30:00") == u"2024-03-01T09:30:00 (approximated)");
    CHECK(parsed("20161231T235960Z") == u"2016-12-31T23:59:59Z (approximated)"); // a leap second
    CHECK(parsed("20240230") == u"none");
    CHECK(parsed("20240301T250000") == u"none");
    CHECK(parsed("tomorrow") == u"none");
    CHECK(parsed("") == u"none");
}

TEST_CASE("durations keep nominal days apart from exact seconds", "[calendar][ics]") {
    const auto parsed = [](const char* text) {
        const std::optional<IcsValue::Duration> value = IcsValue::parseDuration(QString::fromLatin1(text));
        return value ? std::pair{value->days, value->seconds} : std::pair{-999, qint64(-999)};
    };
    CHECK(parsed("PT0S") == std::pair{0, qint64(0)});
    CHECK(parsed("P1W") == std::pair{7, qint64(0)});
    CHECK(parsed("-PT15M") == std::pair{0, qint64(-900)});
    CHECK(parsed("+P1DT2H3M4S") == std::pair{1, qint64(7384)});
    CHECK(parsed("PT1H30M") == std::pair{0, qint64(5400)});
    CHECK(parsed("-P2D") == std::pair{-2, qint64(0)});
    for (const char* bad : {"P", "PT", "1H", "PT1D", "P1H", "PTM", "P1.5D", "-"})
        CHECK(parsed(bad) == std::pair{-999, qint64(-999)});
    CHECK(IcsValue::formatDuration(-900) == u"-PT15M");
    CHECK(IcsValue::formatDuration(-86400) == u"-P1D");
    CHECK(IcsValue::formatDuration(-5400) == u"-PT1H30M");
    CHECK(IcsValue::formatDuration(600) == u"PT10M");
    CHECK(IcsValue::formatDuration(0) == u"PT0S");
    CHECK(IcsValue::formatDuration(-90061) == u"-PT25H1M1S");
}

TEST_CASE("UTC offsets are read with or without seconds and sign", "[calendar][ics]") {
    CHECK(IcsValue::parseUtcOffset(u"+0100"_s) == 3600);
    CHECK(IcsValue::parseUtcOffset(u"-0530"_s) == -19800);
    CHECK(IcsValue::parseUtcOffset(u"-000115"_s) == -75);
    CHECK(IcsValue::parseUtcOffset(u"0200"_s) == 7200); // Apple iCal 1.5
    CHECK_FALSE(IcsValue::parseUtcOffset(u"+1"_s));
    CHECK_FALSE(IcsValue::parseUtcOffset(u"+0199"_s));
    CHECK(IcsValue::formatUtcOffset(-19800) == u"-0530");
    CHECK(IcsValue::formatUtcOffset(-75) == u"-000115");
}
