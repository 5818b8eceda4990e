#include "CalendarDateFormat.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr auto kDash = u" – ";

bool isSeparator(QChar c) {
    return c.isSpace() || c == u',' || c == u'\u060C' /* Arabic comma */ || c == u'\uFF0C' /* fullwidth comma */;
}

QString trimSeparators(QString text) {
    while (!text.isEmpty() && isSeparator(text.back()))
        text.chop(1);
    while (!text.isEmpty() && isSeparator(text.front()))
        text.remove(0, 1);
    return text;
}
} // namespace

CalendarDateFormat::CalendarDateFormat(const QLocale& locale)
    : m_locale(locale)
    , m_date(without(tokenize(locale.dateFormat(QLocale::LongFormat)), Token::Type::Weekday)) {}

CalendarDateFormat::Tokens CalendarDateFormat::tokenize(const QString& format) {
    Tokens tokens;
    const auto literal = [&tokens](const QString& text) {
        if (tokens.isEmpty() || tokens.back().type != Token::Type::Literal)
            tokens.append({Token::Type::Literal, {}});
        tokens.back().text += text;
    };
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') { // quoted text; '' is a quote
            const qsizetype close = format.indexOf(u'\'', i + 1);
            const qsizetype end = close < 0 ? format.size() : close;
            literal(end == i + 1 ? u"'"_s : format.mid(i + 1, end - i - 1));
            i = end + 1;
            continue;
        }
        qsizetype run = i;
        while (run < format.size() && format.at(run) == c)
            ++run;
        const QString pattern = format.mid(i, run - i);
        if (c == u'd')
            tokens.append({pattern.size() >= 3 ? Token::Type::Weekday : Token::Type::Day, pattern});
        else if (c == u'M')
            tokens.append({Token::Type::Month, pattern});
        else if (c == u'y')
            tokens.append({Token::Type::Year, pattern});
        else
            literal(pattern);
        i = run;
    }
    return tokens;
}

/// Drops a field with the text that belongs to it: the literal after it ("d日", "d. ", "dddd, "),
/// or, for a field at the end, the separators before it ("d., dddd" keeps "d.").
CalendarDateFormat::Tokens CalendarDateFormat::without(Tokens tokens, Token::Type field) {
    const qsizetype at = indexOf(tokens, field);
    if (at < 0)
        return tokens;
    const bool literalAfter = at + 1 < tokens.size() && tokens.at(at + 1).type == Token::Type::Literal;
    if (literalAfter) {
        tokens.remove(at, 2);
    } else {
        tokens.remove(at);
        if (at > 0 && tokens.at(at - 1).type == Token::Type::Literal) {
            QString& text = tokens[at - 1].text;
            while (!text.isEmpty() && isSeparator(text.back()))
                text.chop(1);
        }
    }
    return tokens;
}

qsizetype CalendarDateFormat::indexOf(const Tokens& tokens, Token::Type field) {
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (tokens.at(i).type == field)
            return i;
    return -1;
}

QString CalendarDateFormat::field(const Token& token, QDate date, bool standalone) const {
    if (token.type == Token::Type::Literal)
        return token.text;
    if (standalone && token.type == Token::Type::Month && token.text.size() >= 3) // "December", not "декабря"
        return m_locale.standaloneMonthName(date.month(),
                                            token.text.size() == 3 ? QLocale::ShortFormat : QLocale::LongFormat);
    return m_locale.toString(date, token.text);
}

QString CalendarDateFormat::render(const Tokens& tokens, QDate date, qsizetype from, qsizetype to) const {
    const qsizetype end = to < 0 ? tokens.size() : to;
    const bool standalone = indexOf(tokens, Token::Type::Day) < 0;
    QString text;
    for (qsizetype i = from; i < end; ++i)
        text += field(tokens.at(i), date, standalone);
    return text;
}

QString CalendarDateFormat::longDate(QDate date) const {
    return trimSeparators(render(m_date, date));
}

QString CalendarDateFormat::monthYear(QDate date) const {
    return trimSeparators(render(without(m_date, Token::Type::Day), date));
}

QString CalendarDateFormat::range(QDate first, QDate last) const {
    if (first == last)
        return longDate(first);
    const qsizetype day = indexOf(m_date, Token::Type::Day);
    const qsizetype month = indexOf(m_date, Token::Type::Month);
    const qsizetype year = indexOf(m_date, Token::Type::Year);
    if (first.year() != last.year() || day < 0 || month < 0)
        return longDate(first) + kDash + longDate(last);
    // The part that differs (the day, or the day and month) is written twice inside the shared rest.
    qsizetype from = day;
    qsizetype to = day + 1;
    if (first.month() != last.month()) {
        from = std::min(day, month);
        to = std::max(day, month) + 1;
        if (year >= from && year < to)
            return longDate(first) + kDash + longDate(last);
    }
    return trimSeparators(render(m_date, first, 0, from) + render(m_date, first, from, to) + kDash +
                          render(m_date, last, from, to) + render(m_date, first, to));
}

} // namespace Fieldbook
