#pragma once

#include "domain/Opportunity.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Fieldbook {

class Database;

/// The product lines of one opportunity: description, quantity, unit price, discount and net
/// amount, plus their total (which is the opportunity's amount). Cells are edited in place; each
/// edit is saved through OpportunityLineRepository at once, and a refused value leaves the line as
/// it was and reports why (editFailed).
class OpportunityLinesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Description, Quantity, UnitPrice, Discount, Net, ColumnCount };
    enum Role { LineIdRole = Qt::UserRole + 1 };

    OpportunityLinesModel(Database& db, const QLocale& locale, QObject* parent = nullptr);

    /// Loads the lines of `opportunityId`, whose amounts are in `currency`; false and loadFailed()
    /// on an error.
    bool load(const QString& opportunityId, const QString& currency);
    bool reload() { return load(m_opportunityId, m_currency); }
    const OpportunityLine* line(int row) const;
    /// The lines' net total in minor units (0 without lines).
    qint64 total() const { return m_total; }
    /// "1,234.50" in the model's locale for minor units of the opportunity's currency.
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
    /// The lines or their total changed (the opportunity's amount with them).
    void totalChanged();

private:
    void computeNets();
    Database& m_db;
    QLocale m_locale;
    QString m_opportunityId;
    QString m_currency;
    QList<OpportunityLine> m_lines;
    QList<qint64> m_nets;
    qint64 m_total = 0;
};

} // namespace Fieldbook
