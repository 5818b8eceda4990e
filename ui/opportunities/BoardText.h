#pragma once

#include <QIcon>
#include <QLocale>
#include <QString>

namespace Fieldbook {

/// The words and figures of the pipeline board and the opportunity list, in the user's locale.
class BoardText final {
public:
    /// "125,000.00 CNY": minor units in the currency's decimals, then the code.
    static QString money(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());
    /// "Weighted: 12,500.00 EUR"
    static QString weighted(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());
    /// "3 in other currencies not converted" (empty for 0).
    static QString unconverted(int count);
    /// "and 12,345 more" (empty for 0).
    static QString more(int count);
    /// "Opportunities: 1,234"
    static QString count(int count, const QLocale& locale = QLocale());
    static QString probability(int percent, const QLocale& locale = QLocale());
    /// "Needs attention:" and what is missing, a line each (empty when nothing is): `attention` is
    /// an Attention as the models' AttentionRole holds it.
    static QString attention(int attention);
    /// The mark of an opportunity that needs attention, on cards and list rows.
    static QIcon attentionIcon();
};

} // namespace Fieldbook
