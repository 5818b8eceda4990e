#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Fieldbook {

/// The text form of field values in CSV import and export, so that an export re-imports as it was.
/// Parse errors are translated reasons that name the field and the value.
class CsvFieldFormat final {
    Q_DECLARE_TR_FUNCTIONS(CsvFieldFormat)

public:
    /// Decimal places of a currency's minor unit (2 for most; 0 for JPY, KRW...; 3 for KWD...).
    static int minorDigits(const QString& currency);
    /// "1100.04", "1,100.04", "1.100,04", "1100,5" -> minor units of `currency`; extra decimals are
    /// rounded half away from zero (docs/architecture.md, Data conventions).
    [[nodiscard]] static Result<qint64> parseMoney(const QString& field, const QString& text, const QString& currency);
    [[nodiscard]] static QString formatMoney(qint64 minorUnits, const QString& currency);
    /// A whole number; thousands separators allowed.
    [[nodiscard]] static Result<int> parseInteger(const QString& field, const QString& text);
    /// yes/no, true/false, y/n, 1/0, x; empty is false.
    [[nodiscard]] static Result<bool> parseFlag(const QString& field, const QString& text);
    static QString formatFlag(bool value);
    /// YYYY-MM-DD; empty is a null date.
    [[nodiscard]] static Result<QDate> parseDate(const QString& field, const QString& text);
    static QString formatDate(const QDate& date);
    /// Tags separated by ';' or ','; empty parts dropped.
    static QStringList parseTags(const QString& text);
    static QString formatTags(const QStringList& tags);
};

} // namespace Fieldbook
