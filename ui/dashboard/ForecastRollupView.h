#pragma once

#include "common/Error.h"
#include "services/DashboardData.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QPushButton;
class QTreeView;

namespace Fieldbook {

class AdjustForecastDialog;
class Database;
class ForecastRollupModel;

/// The Dashboard's *Team forecast* tab (docs/forecast.md, Roll-up view): one period of the fiscal
/// year shown, rolled up through the hierarchy with the deals' and the adjusted figures side by
/// side and the commission; managers adjust a row (*Adjust…*, Ctrl+J), everyone submits their own
/// forecast or their team's (*Submit…*).
class ForecastRollupView final : public QWidget {
    Q_OBJECT
public:
    explicit ForecastRollupView(Database& db, QWidget* parent = nullptr);

    /// Shows the fiscal year of `filter` from `engine`, keeping the period and row chosen.
    void setForecast(std::shared_ptr<const ForecastEngine> engine, const DashboardFilter& filter);

    [[nodiscard]] ForecastRollupModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* tree() const { return m_tree; }
    [[nodiscard]] QComboBox* periodBox() const { return m_period; }
    [[nodiscard]] QPushButton* adjustButton() const { return m_adjust; }
    [[nodiscard]] QPushButton* submitButton() const { return m_submit; }

    /// Opens the adjustment of the selected row (window-modal); nullptr when none may be made.
    AdjustForecastDialog* adjustSelected();
    /// Submits the selected row's forecast (the local user's own or team) with `note`.
    Result<void> submitSelected(const QString& note);

signals:
    /// Something was written or refused: for the section's banner.
    void message(const QString& text, bool error);

private:
    void fillPeriods(const FiscalCalendar& calendar, int fiscalYear);
    void showPeriod();
    void updateButtons();
    void askSubmit();

    Database& m_db;
    ForecastRollupModel* m_model;
    QTreeView* m_tree;
    QComboBox* m_period;
    QPushButton* m_adjust;
    QPushButton* m_submit;
    std::shared_ptr<const ForecastEngine> m_engine;
    DashboardFilter m_filter;
    QList<FiscalPeriod> m_periods;
    QString m_me;
    bool m_mayAdjust = false;
};

} // namespace Fieldbook
