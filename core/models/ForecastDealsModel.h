#pragma once

#include "analytics/ForecastEngine.h"

#include <QAbstractTableModel>

#include <memory>

namespace Fieldbook {

class Database;

/// The opportunities behind one value of a dashboard chart (DashboardData::dealsBehind), as a
/// table: name, account, owner, stage, amount and close date. Returns data, not presentation: the
/// amount is minor units of the forecast's reporting currency (CurrencyRole), so the rows add up
/// to the chart's value; the close date a QDate. Names are read from the store a page at a time,
/// as rows are shown.
class ForecastDealsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Account, Owner, Stage, Amount, CloseDate, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the opportunity's id (QString)
        CurrencyRole,              ///< the reporting currency's ISO code
    };

    explicit ForecastDealsModel(Database& db, QObject* parent = nullptr);

    /// Lists `deals` (indexes in engine->input().deals), replacing what was listed.
    void setDeals(std::shared_ptr<const ForecastEngine> engine, const QList<int>& deals);
    void clear();
    /// The sum of the listed amounts (minor units of the reporting currency).
    [[nodiscard]] qint64 total() const;
    [[nodiscard]] QString currency() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString nameOf(int row) const;

    Database& m_db;
    std::shared_ptr<const ForecastEngine> m_engine;
    QList<int> m_deals;
    mutable QHash<int, QString> m_names; ///< by row, read a page at a time
};

} // namespace Fieldbook
