#pragma once

#include "services/DashboardData.h"
#include "widgets/SectionFilter.h"

#include <QWidget>

class QComboBox;
class QProgressBar;

namespace Fieldbook {

/// Over the dashboard's charts (docs/forecast.md, Dashboard): the periods along time (month,
/// quarter, year), the fiscal year, the part of the team (everyone, a manager and everyone below
/// them, a team), the pipeline and the currency; every chart follows at once. A busy indicator
/// shows while the charts are computed.
class DashboardFilterBar final : public QWidget, public SectionFilter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardFilterBar)
public:
    explicit DashboardFilterBar(QWidget* parent = nullptr);

    /// The charts' filter; fiscalYear 0 until the years are known (the current one then).
    [[nodiscard]] DashboardFilter filter() const;
    /// The currency the charts are in; empty: the reporting currency.
    [[nodiscard]] QString currency() const;

    /// Fills the choices from what the store holds: the fiscal years of `engine` (the one shown is
    /// `shownYear`), its managers and teams, `pipelines` (key, name) and the currencies
    /// (`reporting` first, then those with a rate). What was chosen stays chosen where it still exists.
    void setChoices(const ForecastEngine& engine, const QList<int>& years, int shownYear,
                    const QList<std::pair<QString, QString>>& pipelines, const QString& reporting,
                    const QStringList& rated);
    void setBusy(bool busy);

    bool isFiltering() const override;
    void clear() override;
    void focusSearch() override;

signals:
    /// Period, year, team or pipeline changed: the charts are computed again.
    void filterChanged();
    /// The currency changed: the store is read again in that currency.
    void currencyChanged();

private:
    QComboBox* m_period;
    QComboBox* m_year;
    QComboBox* m_team;
    QComboBox* m_pipeline;
    QComboBox* m_currency;
    QProgressBar* m_busy;
};

} // namespace Fieldbook
