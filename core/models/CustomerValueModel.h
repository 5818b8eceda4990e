#pragma once

#include "services/CustomerSegments.h"

#include <QAbstractTableModel>

namespace Fieldbook {

/// The scored accounts of a customer segments report as a table, in the report's order (monetary
/// descending). Returns data, not presentation: the monetary column is minor units of the
/// reporting currency (CurrencyRole), the segment column its translated name (SegmentRole: the
/// RfmSegment as int).
class CustomerValueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Account, Industry, Region, Country, Recency, Frequency, Monetary, R, F, M, Segment, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the account's id (QString)
        SegmentRole,               ///< int(RfmSegment)
        CurrencyRole,              ///< the reporting currency's ISO code
    };

    explicit CustomerValueModel(QObject* parent = nullptr);

    /// Shows the accounts of `report` (replacing what was shown).
    void setReport(const CustomerSegmentReport& report);
    [[nodiscard]] const CustomerValue* customer(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerValue> m_customers;
    QString m_currency;
};

} // namespace Fieldbook
