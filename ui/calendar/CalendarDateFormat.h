#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace Fieldbook {

/// Date texts Qt has no format for (a month and year, a range of dates), cut from the locale's long
/// date format so that they keep its order, words and suffixes ("December 6 – 12, 2026",
/// "7 – 13 December 2026", "2026年12月6 – 12日"); docs/calendar-views.md, "Titles".
class CalendarDateFormat final {
public:
    explicit CalendarDateFormat(const QLocale& locale);

    /// The long date without the weekday: "6 December 2026", "2026年12月6日".
    QString longDate(QDate date) const;
    /// The month and year: "December 2026", "2026年12月".
    QString monthYear(QDate date) const;
    /// The dates from `first` to `last` (inclusive), sharing the month and year where they agree.
    QString range(QDate first, QDate last) const;

private:
    struct Token {
        enum class Type { Literal, Day, Weekday, Month, Year };
        Type type = Type::Literal;
        QString text; // the pattern of a field ("MMMM"), the text of a literal
    };
    using Tokens = QList<Token>;

    static Tokens tokenize(const QString& format);
    static Tokens without(Tokens tokens, Token::Type field);
    static qsizetype indexOf(const Tokens& tokens, Token::Type field);
    QString field(const Token& token, QDate date, bool standalone) const;
    QString render(const Tokens& tokens, QDate date, qsizetype from = 0, qsizetype to = -1) const;

    QLocale m_locale;
    Tokens m_date; // the long date format without the weekday
};

} // namespace Fieldbook
