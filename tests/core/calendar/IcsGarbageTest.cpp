#include "CalendarCorpus.h"
#include "StringMakers.h"
#include "calendar/IcsReader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

QList<QByteArray> corpus() {
    QList<QByteArray> files;
    for (const QString& name : Test::calendarCorpusFiles()) {
        QFile file(Test::calendarCorpusFile(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.append(file.readAll());
    }
    REQUIRE(files.size() == 40);
    return files;
}

/// What every successful read promises, whatever the bytes were; the number of items read.
qsizetype checkInvariants(const Result<IcsReadResult>& result) {
    if (!result) {
        CHECK_FALSE(result.error().message.isEmpty());
        return 0;
    }
    for (const CalendarItem& item : result->items) {
        CHECK_FALSE(item.uid.isEmpty());
        if (item.kind == CalendarItem::Kind::Event)
            CHECK(item.start.has_value());
        for (const std::optional<CalendarTime>& time : {item.start, item.end, item.recurrenceId}) {
            if (time)
                CHECK(time->isValid());
        }
        for (const CalendarTime& time : item.rdates + item.exdates)
            CHECK(time.isValid());
        CHECK(item.priority >= 0);
        CHECK(item.priority <= 9);
    }
    for (const IcsIssue& issue : result->issues) {
        CHECK(issue.line >= 0);
        CHECK_FALSE(issue.message.isEmpty());
    }
    return result->items.size();
}

/// A copy with random bytes changed, removed or inserted; the bytes that matter to the syntax are
/// the likeliest.
QByteArray mutated(QByteArray bytes, QRandomGenerator& random) {
    static const char syntax[] = {':', ';', ',', '"', '\\', '\r', '\n', ' ', '=', '/', 'Z', 'T', '\xE4', '\xB8', '\0'};
    const int changes = 1 + random.bounded(20);
    for (int i = 0; i < changes && !bytes.isEmpty(); ++i) {
        const qsizetype at = random.bounded(bytes.size());
        const char c = random.bounded(2) ? syntax[random.bounded(int(sizeof syntax))] : char(random.bounded(256));
        switch (random.bounded(3)) {
        case 0:
            bytes[at] = c;
            break;
        case 1:
            bytes.remove(at, 1 + random.bounded(8));
            break;
        default:
            bytes.insert(at, c);
        }
    }
    return bytes;
}

} // namespace

TEST_CASE("every prefix of every corpus file reads without crashing", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    for (const QByteArray& file : corpus()) {
        const qsizetype step = std::max<qsizetype>(1, file.size() / 150);
        for (qsizetype length = 0; length <= file.size(); length += step)
            checkInvariants(readIcs(file.first(length), u"prefix.ics"_s));
        CHECK(checkInvariants(readIcs(file, u"whole.ics"_s)) > 0); // the invariants were checked on items
    }
}

TEST_CASE("random bytes and damaged corpus files read without crashing", "[calendar][ics]") {
    SKIP_WITHOUT_CALENDAR_CORPUS();
    QRandomGenerator random(20270301); // fixed: a failure repeats
    const QList<QByteArray> files = corpus();
    qsizetype damagedItems = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes;
        if (round % 2 == 0) {
            bytes = mutated(files.at(random.bounded(int(files.size()))), random);
        } else {
            bytes = round % 4 == 1 ? QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n") : QByteArray();
            const int length = random.bounded(2048);
            for (int i = 0; i < length; ++i)
                bytes.append(char(random.bounded(256)));
        }
        INFO("round " << round);
        const qsizetype items = checkInvariants(readIcs(bytes, u"random.ics"_s));
        if (round % 2 == 0)
            damagedItems += items;
    }
    CHECK(damagedItems > 100); // most damaged files still give items, whose invariants were checked
}
