#pragma once

#include "services/QuoteSheet.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Fieldbook {

class Database;

/// The lines of one quote for the quote editor: items with their amounts, section headings and
/// notes, and the totals (QuoteSheet, so they match the PDF and the CLI). A draft's cells are
/// editable; each edit is saved through QuoteRepository at once, and a refused value leaves the
/// line as it was and reports why (editFailed).
class QuoteLinesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Description, Quantity, Unit, UnitPrice, Discount, TaxRate, Net, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, LineIdRole };

    QuoteLinesModel(Database& db, const QLocale& locale, QObject* parent = nullptr);

    /// Loads the quote (or reloads it, keeping nothing stale); false and loadFailed() on an error.
    bool load(const QString& quoteId);
    const QuoteSheet& sheet() const { return m_sheet; }
    /// The quote's header after a save of it (the lines and totals are unchanged).
    void setQuote(const Quote& quote) { m_sheet.quote = quote; }
    bool editable() const { return m_sheet.quote.status == QuoteStatus::Draft && !m_sheet.quote.deleted; }
    const QuoteLine* line(int row) const;
    /// "1,234.50" in the model's locale for minor units of the quote's currency.
    QString money(qint64 minorUnits) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void loadFailed(const QString& message);
    void editFailed(const QString& message);
    /// The totals (and possibly rows) changed after an edit or reload.
    void totalsChanged();

private:
    QString decimal(Decimal4 value) const;
    std::optional<Decimal4> parseDecimal(const QString& text) const;
    Database& m_db;
    QLocale m_locale;
    QuoteSheet m_sheet;
};

} // namespace Fieldbook
