#pragma once

#include "analytics/Commission.h"

#include <QAbstractItemModel>
#include <QLocale>

#include <memory>

namespace Fieldbook {

/// The forecast of one period rolled up through the manager hierarchy (docs/forecast.md, Roll-up
/// view): a manager's row is their team (everyone below them and their own deals), with their own
/// deals and each person directly below them as its children; a person without anyone below them
/// is one row. Each row has the deals' figures and, side by side, the Commit and Best case as
/// adjusted, with the commission earned and expected. Read-only; built from a ForecastEngine.
class ForecastRollupModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        Quota,
        ClosedWon,
        Commit,
        AdjustedCommit,
        BestCase,
        AdjustedBestCase,
        Pipeline,
        Attainment,
        Earned,
        ExpectedCommit,
        ExpectedBestCase,
        Note,
        ColumnCount
    };
    enum Role {
        UserIdRole = Qt::UserRole + 1, ///< QString: the row's person
        TeamRole,                      ///< bool: the row is the person's team, not their own deals
        AmountRole,                    ///< qint64 for amount columns (minor units), else invalid
    };

    /// One row: a person's own deals or their team.
    struct Entry {
        QString userId;
        QString name;
        bool team = false;
        CommissionRow row;
        int parent = -1;
        QList<int> children;
    };

    explicit ForecastRollupModel(const QLocale& locale, QObject* parent = nullptr);
    ~ForecastRollupModel() override;

    /// Shows `period` of `engine` (which the model keeps), limited by `filter`.
    void setForecast(std::shared_ptr<const ForecastEngine> engine, const FiscalPeriod& period,
                     const ForecastFilter& filter);
    [[nodiscard]] const ForecastEngine* engine() const { return m_engine.get(); }
    [[nodiscard]] const FiscalPeriod& period() const { return m_period; }
    [[nodiscard]] const Entry* entry(const QModelIndex& index) const;
    /// The row of `userId`'s team (`team`) or own deals; invalid when not shown.
    [[nodiscard]] QModelIndex indexOf(const QString& userId, bool team) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void addPerson(int user, int parent, const QList<QList<int>>& below, QSet<int>& placed);
    int addEntry(const QString& userId, const QString& name, bool team, int parent);
    [[nodiscard]] QString display(const Entry& e, int column) const;
    [[nodiscard]] QVariant amount(const Entry& e, int column) const;
    [[nodiscard]] QString toolTip(const Entry& e, int column) const;
    [[nodiscard]] QString money(qint64 minor) const;
    [[nodiscard]] QString headerToolTip(int section) const;

    QLocale m_locale;
    std::shared_ptr<const ForecastEngine> m_engine;
    FiscalPeriod m_period;
    QList<Entry> m_entries;
    QList<int> m_roots;
    QHash<QString, CommissionRow> m_own;  ///< by user id
    QHash<QString, CommissionRow> m_team; ///< by manager id
};

} // namespace Fieldbook
