#include "CsvFieldFormat.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Fieldbook {

int CsvFieldFormat::minorDigits(const QString& currency) {
    static const QStringList none{u"BIF"_s, u"CLP"_s, u"DJF"_s, u"GNF"_s, u"ISK"_s, u"JPY"_s,
                                  u"KMF"_s, u"KRW"_s, u"PYG"_s, u"RWF"_s, u"UGX"_s, u"UYI"_s,
                                  u"VND"_s, u"VUV"_s, u"XAF"_s, u"XOF"_s, u"XPF"_s};
    static const QStringList three{u"BHD"_s, u"IQD"_s, u"JOD"_s, u"KWD"_s, u"LYD"_s, u"OMR"_s, u"TND"_s};
    const QString code = currency.trimmed().toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

Result<qint64> CsvFieldFormat::parseMoney(const QString& field, const QString& text, const QString& currency) {
    auto invalid = [&]() {
        return fail(ErrorCode::InvalidInput, tr("%1 '%2' is not an amount").arg(field, text));
    };
    QString t;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'_' && c != u'\'')
            t.append(c);
    }
    const qsizetype lastComma = t.lastIndexOf(u',');
    const qsizetype lastDot = t.lastIndexOf(u'.');
    if (lastComma >= 0 && lastDot >= 0) {
        const QChar grouping = lastComma > lastDot ? u'.' : u',';
        t.remove(grouping);
        t.replace(u',', u'.');
    } else if (lastComma >= 0) {
        static const QRegularExpression grouped(u"^-?\\d{1,3}(,\\d{3})+$"_s);
        if (grouped.match(t).hasMatch())
            t.remove(u',');
        else
            t.replace(u',', u'.');
    }
    static const QRegularExpression number(u"^(-?)(\\d{1,15})(?:\\.(\\d*))?$"_s);
    const auto match = number.match(t);
    if (!match.hasMatch())
        return invalid();
    const int digits = minorDigits(currency);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    qint64 value = match.captured(2).toLongLong() * scale;
    const QString fraction = match.captured(3);
    qint64 fractionValue = 0;
    for (int i = 0; i < digits; ++i)
        fractionValue = fractionValue * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    value += fractionValue;
    if (fraction.size() > digits && fraction.at(digits).digitValue() >= 5)
        ++value; // half away from zero: the sign is applied afterwards
    return match.captured(1).isEmpty() ? value : -value;
}

QString CsvFieldFormat::formatMoney(qint64 minorUnits, const QString& currency) {
    const int digits = minorDigits(currency);
    if (digits == 0)
        return QString::number(minorUnits);
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 magnitude = minorUnits < 0 ? -minorUnits : minorUnits;
    return u"%1%2.%3"_s.arg(minorUnits < 0 ? u"-"_s : QString())
        .arg(magnitude / scale)
        .arg(magnitude % scale, digits, 10, QLatin1Char('0'));
}

Result<int> CsvFieldFormat::parseInteger(const QString& field, const QString& text) {
    QString t = text;
    t.remove(u',').remove(u' ').remove(u'_');
    bool ok = false;
    const int value = t.toInt(&ok);
    if (!ok)
        return fail(ErrorCode::InvalidInput, tr("%1 '%2' is not a whole number").arg(field, text));
    return value;
}

Result<bool> CsvFieldFormat::parseFlag(const QString& field, const QString& text) {
    static const QStringList yes{u"1"_s, u"y"_s, u"yes"_s, u"true"_s, u"x"_s, u"on"_s};
    static const QStringList no{u""_s, u"0"_s, u"n"_s, u"no"_s, u"false"_s, u"off"_s};
    const QString t = text.trimmed().toLower();
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return fail(ErrorCode::InvalidInput, tr("%1 '%2' is not yes or no").arg(field, text));
}

QString CsvFieldFormat::formatFlag(bool value) {
    return value ? u"yes"_s : u"no"_s;
}

Result<QDate> CsvFieldFormat::parseDate(const QString& field, const QString& text) {
    if (text.trimmed().isEmpty())
        return QDate();
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, tr("%1 '%2' is not a date (use YYYY-MM-DD)").arg(field, text));
    return date;
}

QString CsvFieldFormat::formatDate(const QDate& date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QStringList CsvFieldFormat::parseTags(const QString& text) {
    static const QRegularExpression separators(u"[;,]"_s);
    QStringList tags;
    for (const auto& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QString CsvFieldFormat::formatTags(const QStringList& tags) {
    return tags.join(u"; "_s);
}

} // namespace Fieldbook
