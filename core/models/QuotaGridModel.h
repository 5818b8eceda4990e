#pragma once

#include "analytics/FiscalCalendar.h"
#include "common/Error.h"
#include "domain/Quota.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

#include <memory>
#include <optional>

namespace Fieldbook {

class Database;
class ForecastEngine;
struct ForecastInput;

/// One quota the grid changed: what was stored before and after (nullopt: none), for undo.
struct QuotaChange {
    QString userId;
    QString userName;
    FiscalPeriod period;
    std::optional<Quota> before;
    std::optional<Quota> after;
};

/// The quotas of one fiscal year as a grid (docs/forecast.md, Quota grid): one row per person the
/// local user manages (themselves and everyone below them; an administrator: everyone), in the
/// order of the hierarchy, then the months or quarters of the year, the year, and the quotas of
/// everyone below a manager for the year. A cell shows the quota in the reporting currency: the
/// period's own quota, else the sum of its parts (CellRole says which). Managers change the quotas of
/// the people below them, administrators everyone's; representatives read the grid.
class QuotaGridModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        CellRole = Qt::UserRole + 1, ///< int (Cell)
        AmountRole,                  ///< qint64: the quota in minor units of the reporting currency
        UserIdRole,                  ///< QString: the row's person
        DepthRole,                   ///< int: how far below the top of the shown hierarchy
        HasReportsRole,              ///< bool: someone is below the row's person
    };
    /// What a cell holds.
    enum class Cell {
        Name,        ///< the person
        Empty,       ///< no quota of its own and none in its parts
        Own,         ///< the quota entered for exactly this period
        SumOfParts,  ///< no quota of its own: the sum of its quarters or months (read as muted)
        Unconverted, ///< its own quota is in a currency without a rate: it counts as none
        Team,        ///< the quotas of everyone below the person for the year (read-only)
    };

    QuotaGridModel(Database& db, const QLocale& locale, QObject* parent = nullptr);
    ~QuotaGridModel() override;
    Q_DISABLE_COPY_MOVE(QuotaGridModel)

    /// Reads everything again (people, deals, quotas, the fiscal year's first month, the rates);
    /// false and loadFailed() on an error.
    bool reload();
    /// Shows the months (PeriodKind::Month) or quarters of `fiscalYear`.
    void show(int fiscalYear, PeriodKind kind);
    [[nodiscard]] int fiscalYear() const { return m_year; }
    [[nodiscard]] PeriodKind periodKind() const { return m_kind; }
    [[nodiscard]] const FiscalCalendar& calendar() const { return m_calendar; }
    [[nodiscard]] QString reportingCurrency() const;
    /// The fiscal years worth offering: the one holding `today`, the years around it and every year
    /// with a quota, oldest first.
    [[nodiscard]] QList<int> fiscalYears(QDate today) const;

    /// Whether the local user may set quotas at all (managers and administrators).
    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    /// The column of the year's quota: the person's column and the periods' come before it, the
    /// team's after it.
    [[nodiscard]] int yearColumn() const { return int(m_periods.size()) + 1; }
    [[nodiscard]] int teamColumn() const { return yearColumn() + 1; }
    /// The period of a quota column, nullptr for the others.
    [[nodiscard]] const FiscalPeriod* periodAt(int column) const;
    [[nodiscard]] int rowOf(const QString& userId) const;

    /// Sets the cell's own quota from `text`, an amount in the model's locale; an empty text
    /// removes it. Writes at once; emits edited() when something changed.
    Result<QList<QuotaChange>> setText(const QModelIndex& index, const QString& text);
    /// Pastes rows of tab-separated amounts (a block copied from a spreadsheet) with its first cell
    /// at `topLeft`; one value over several selected cells fills them all. Cells outside the grid
    /// or not editable are skipped; a value that is not an amount writes nothing. One transaction.
    Result<QList<QuotaChange>> paste(const QModelIndexList& selection, const QString& text);
    /// Removes the own quotas of the selected cells (one transaction).
    Result<QList<QuotaChange>> clear(const QModelIndexList& selection);
    /// The selected cells as tab-separated rows, as a spreadsheet pastes them.
    [[nodiscard]] QString copy(const QModelIndexList& selection) const;
    /// Writes the quotas as they were before the changes (`after` false) or after them.
    [[nodiscard]] static Result<void> restore(Database& db, const QList<QuotaChange>& changes, bool after);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// Quotas the user changed through the grid: one undo step.
    void edited(const QList<Fieldbook::QuotaChange>& changes);
    void editFailed(const QString& message);
    void loadFailed(const QString& message);

private:
    struct Row {
        int user = -1; ///< index in the input's users
        QString id;
        QString name;
        int depth = 0;
        bool hasReports = false;
        bool editable = false;
    };
    struct Value {
        qint64 amount = 0;
        Cell cell = Cell::Empty;
        qint64 team = 0; ///< everyone below the person, for managers
        qint64 won = 0;  ///< closed won of the person in the period
    };

    void rebuild();
    void buildRows();
    void computeWon();
    void computeValues();
    void refreshQuotas();
    [[nodiscard]] const Quota* stored(const QString& userId, const FiscalPeriod& period) const;
    [[nodiscard]] Result<std::optional<QuotaChange>> plan(int row, int column, const QString& text) const;
    [[nodiscard]] Result<QList<QuotaChange>> apply(const QList<QuotaChange>& changes);
    [[nodiscard]] bool isQuotaCell(int row, int column) const;
    [[nodiscard]] QString money(qint64 minor) const;
    [[nodiscard]] QString display(int row, int column) const;
    [[nodiscard]] QString toolTip(int row, int column) const;
    [[nodiscard]] QString quotaToolTip(int row, int column) const;
    [[nodiscard]] QString periodHeader(int column) const;
    [[nodiscard]] QString periodRange(const FiscalPeriod& period) const;

    Database& m_db;
    QLocale m_locale;
    int m_year = 0;
    PeriodKind m_kind = PeriodKind::Quarter;
    FiscalCalendar m_calendar;
    std::shared_ptr<const ForecastInput> m_input;
    std::shared_ptr<const ForecastEngine> m_engine;
    QString m_me;
    bool m_canEdit = false;
    bool m_admin = false;
    QHash<QString, Quota> m_stored; ///< by user, period kind and first day
    QList<FiscalPeriod> m_periods;  ///< the months or quarters shown
    FiscalPeriod m_yearPeriod;
    QList<Row> m_rows;
    QList<QList<Value>> m_values;        ///< per row: per period, then the year
    QHash<QString, QList<qint64>> m_won; ///< per user id: closed won per period, then the year
};

} // namespace Fieldbook
