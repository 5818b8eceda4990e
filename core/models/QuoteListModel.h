#pragma once

#include "PagedTableModel.h"
#include "store/records/QuoteQuery.h"

namespace Fieldbook {

/// Every quote revision as a lazily paged, sortable table (see PagedTableModel), filtered by status
/// and search text. Returns data, not presentation: the status as its translated name (the key in
/// StatusRole), the total in minor units (TotalRole with CurrencyRole), the validity as a QDate.
/// Statuses are judged on the day the model was made (a sent quote past its date is expired).
class QuoteListModel final : public PagedTableModel<QuoteQuery> {
    Q_OBJECT
public:
    enum Column { Number, Customer, Title, Status, Total, ValidUntil, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        StatusRole,                ///< the status key (QString)
        TotalRole,                 ///< the grand total in minor units (qint64); invalid when it does not add up
        CurrencyRole,              ///< ISO 4217 code
    };

    explicit QuoteListModel(Database& db, QObject* parent = nullptr);

    /// Shows the quotes whose number, title or customer contains `text`.
    void setSearchText(const QString& text);
    /// Shows only quotes in `status` (as of today); nullopt shows all.
    void setStatusFilter(std::optional<QuoteStatus> status);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    std::optional<QuoteSort> sortForColumn(int column) const override;
    /// A line changed: its quote's total did.
    void linesChanged(const QStringList& ids);

private:
    QuoteQuery m_query;
};

// The paging members are compiled once, in QuoteListModel.cpp (after the class: lupdate cannot read the class
// behind an explicit instantiation declaration).
extern template class PagedTableModel<QuoteQuery>;

} // namespace Fieldbook
