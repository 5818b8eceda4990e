#include "ParsedRule.h"
#include "MarkingTranslator.h"
#include "StringMakers.h"
#include "calendar/RecurrenceText.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

CalendarTime berlin(QDate date, QTime time = QTime(9, 0)) {
    return CalendarTime::zoned(date, time, "Europe/Berlin");
}

struct Sentence {
    const char* rule;
    CalendarTime start;
    const char* english;
};

const QList<Sentence>& sentences() {
    static const QList<Sentence> list{
        {"FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630", berlin({2027, 1, 12}),
         "every second Tuesday of the month until 30 June 2027"},
        {"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10", berlin({2027, 1, 4}),
         "every 2 weeks on Monday and Thursday, 10 times"},
        {"FREQ=DAILY", berlin({2027, 1, 4}), "daily"},
        {"FREQ=YEARLY", CalendarTime::ofDate({2028, 2, 29}), "every year on 29 February"},
        {"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", CalendarTime::ofDate({2027, 1, 29}),
         "the last weekday of every month"},
        {"FREQ=MONTHLY;BYDAY=-1MO,-1TU,-1WE,-1TH,-1FR;BYSETPOS=-1", CalendarTime::ofDate({2027, 1, 29}),
         "the last weekday of every month"},
        {"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", berlin({2027, 1, 4}), "every weekday"},
        {"FREQ=WEEKLY", berlin({2027, 1, 5}), "weekly on Tuesday"},
        {"FREQ=MONTHLY;BYMONTHDAY=1,-1;COUNT=10", berlin({2027, 1, 1}), "monthly on day 1 and the last day, 10 times"},
        {"FREQ=MONTHLY;BYMONTHDAY=-3", berlin({2027, 1, 29}), "monthly on day 3 from the end"},
        {"FREQ=MONTHLY;INTERVAL=3", berlin({2027, 1, 15}), "every 3 months on day 15"},
        {"FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU,-1SU", berlin({2027, 1, 3}),
         "the first Sunday and last Sunday of every 2 months"},
        {"FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13", berlin({2027, 8, 13}), "every Friday that falls on day 13"},
        {"FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR", berlin({2027, 10, 29}), "every year on the last Friday of October"},
        {"FREQ=YEARLY;BYMONTH=3;BYDAY=TH", berlin({2027, 3, 4}), "every Thursday in March"},
        {"FREQ=YEARLY;BYMONTH=6,7;INTERVAL=2", berlin({2027, 6, 10}), "every 2 years on 10 June and 10 July"},
        {"FREQ=YEARLY;BYYEARDAY=100", berlin({2027, 4, 10}), "every year on day 100 of the year"},
        {"FREQ=DAILY;INTERVAL=3;COUNT=1", berlin({2027, 1, 4}), "every 3 days, once"},
        {"FREQ=DAILY;BYHOUR=9;BYMINUTE=0", berlin({2027, 1, 4}), "daily"},
        {"FREQ=HOURLY;INTERVAL=3", berlin({2027, 1, 4}), "every 3 hours"},
        // A UTC UNTIL is shown on the series' date: 22:00Z on 30 June is 1 July in Berlin.
        {"FREQ=WEEKLY;UNTIL=20270630T220000Z", berlin({2027, 1, 4}), "weekly on Monday until 1 July 2027"},
        // Too complex for a sentence, or read differently by other programs: the rule itself.
        {"FREQ=YEARLY;BYWEEKNO=20;BYYEARDAY=1", berlin({2027, 1, 1}),
         "custom recurrence: FREQ=YEARLY;BYYEARDAY=1;BYWEEKNO=20"},
        {"FREQ=YEARLY;BYMONTHDAY=29", berlin({2027, 1, 29}), "custom recurrence: FREQ=YEARLY;BYMONTHDAY=29"},
        {"FREQ=DAILY;BYHOUR=9,17", berlin({2027, 1, 4}), "custom recurrence: FREQ=DAILY;BYHOUR=9,17"},
        {"FREQ=YEARLY;BYDAY=20MO", berlin({2027, 5, 17}), "custom recurrence: FREQ=YEARLY;BYDAY=20MO"},
        {"FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=2,3", berlin({2027, 1, 4}),
         "custom recurrence: FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=2,3"},
    };
    return list;
}

/// Simplified Chinese for the phrases the sentences below use, as in the translations file.
class ChineseTranslator final : public QTranslator {
public:
    ChineseTranslator() { QCoreApplication::installTranslator(this); }
    ~ChineseTranslator() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        static const QHash<QString, QString> zh{
            {u"every %1 of the month"_s, u"每月的%1"_s},
            {u"second %1"_s, u"第二个%1"_s},
            {u"%1 until %2"_s, u"%1，直到%2"_s},
            {u"every %n weeks on %1"_s, u"每 %n 周的%1"_s},
            {u"%1, %n times"_s, u"%1，共 %n 次"_s},
            {u"the %1 of every month"_s, u"每月的%1"_s},
            {u"last %1"_s, u"最后一个%1"_s},
            {u"weekday"_s, u"工作日"_s},
            {u"every year on %1"_s, u"每年%1"_s},
            {u"every year on the %1 of %2"_s, u"每年%2的%1"_s},
        };
        if (qstrcmp(context, "Fieldbook::RecurrenceText") != 0)
            return {};
        return zh.value(QString::fromUtf8(source));
    }
};

} // namespace

TEST_CASE("a recurrence reads as an English sentence", "[calendar][recurrence]") {
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    for (const Sentence& s : sentences()) {
        INFO(s.rule);
        CHECK(describeRecurrence(Test::parsedRule(QString::fromLatin1(s.rule)), s.start, british) ==
              QString::fromLatin1(s.english));
    }
    const QLocale american(QLocale::English, QLocale::UnitedStates);
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=YEARLY;UNTIL=20400301"_s), CalendarTime::ofDate({2028, 2, 29}),
                             american) == u"every year on February 29 until March 1, 2040"_s);
    // Weekdays follow the locale's week: Sunday first in the United States.
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=WEEKLY;BYDAY=MO,SU"_s), berlin({2027, 1, 4}), american) ==
          u"weekly on Sunday and Monday"_s);
}

TEST_CASE("every part of a recurrence sentence goes through the translations", "[calendar][recurrence]") {
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    {
        const Test::MarkingTranslator marking({u"Fieldbook::RecurrenceText"_s});
        CHECK(describeRecurrence(Test::parsedRule(u"FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630"_s), berlin({2027, 1, 12}),
                                 british) == u"««every «second Tuesday» of the month» until 30 June 2027»"_s);
        CHECK(describeRecurrence(Test::parsedRule(u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10"_s),
                                 berlin({2027, 1, 4}),
                                 british) == u"««every 2 weeks on Monday and Thursday», 10 times»"_s);
        static const QRegularExpression placeholder(u"%[0-9n]"_s);
        for (const Sentence& s : sentences()) {
            INFO(s.rule);
            const QString text = describeRecurrence(Test::parsedRule(QString::fromLatin1(s.rule)), s.start, british);
            CHECK(text.startsWith(u"«"_s));
            CHECK_FALSE(text.contains(placeholder));
        }
    }
    const ChineseTranslator chinese;
    const QLocale china(QLocale::Chinese, QLocale::China);
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270630"_s), berlin({2027, 1, 12}),
                             china) == u"每月的第二个星期二，直到2027年6月30日"_s);
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=10"_s), berlin({2027, 1, 4}),
                             china) == u"每 2 周的星期一和星期四，共 10 次"_s);
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"_s),
                             CalendarTime::ofDate({2027, 1, 29}), china) == u"每月的最后一个工作日"_s);
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=YEARLY"_s), CalendarTime::ofDate({2028, 2, 29}), china) ==
          u"每年2月29日"_s);
    CHECK(describeRecurrence(Test::parsedRule(u"FREQ=YEARLY;BYMONTH=10;BYDAY=-1FR"_s), berlin({2027, 10, 29}), china) ==
          u"每年十月的最后一个星期五"_s);
}
