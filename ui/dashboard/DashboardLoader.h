#pragma once

#include "services/DashboardData.h"

#include <QObject>

#include <memory>
#include <optional>

namespace Fieldbook {

class LongTask;

/// What the dashboard shows: the engine over the store's forecast data (kept for the drill-down),
/// the charts for one filter, and the fiscal years to choose from.
struct DashboardCharts {
    std::shared_ptr<const ForecastEngine> engine;
    DashboardFilter filter; ///< as computed: the fiscal year resolved
    QList<ChartData> charts;
    QList<int> years;
};

/// Computes the dashboard off the GUI thread (docs/forecast.md, Dashboard): reads the store into a
/// ForecastEngine on a worker with its own connection (ForecastReport::engine) and computes the
/// charts there too; a new filter computes the charts again from the engine it keeps. Asked again
/// while it works, it finishes, drops that result and runs the latest request.
class DashboardLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardLoader)
public:
    explicit DashboardLoader(QString dbPath, QObject* parent = nullptr);
    ~DashboardLoader() override;

    /// Reads the store again (in `currency`, empty: the reporting currency), then the charts.
    void reload(const QString& currency, const DashboardFilter& filter);
    /// The charts for `filter` from the engine read last (reads the store when there is none).
    void recompute(const DashboardFilter& filter);

    [[nodiscard]] bool isBusy() const;
    /// The last result delivered by ready().
    [[nodiscard]] const DashboardCharts& current() const { return m_current; }

signals:
    void busyChanged(bool busy);
    /// current() holds new charts.
    void ready();
    void failed(const QString& message);

private:
    struct Request {
        bool readStore = true;
        QString currency;
        DashboardFilter filter;
    };
    void startNext();
    void onFinished();

    QString m_dbPath;
    LongTask* m_task;
    std::optional<Request> m_pending;
    std::shared_ptr<DashboardCharts> m_running;     ///< written by the worker, read once it has finished
    std::shared_ptr<const ForecastEngine> m_engine; ///< read last, for the next computation
    QString m_engineCurrency;                       ///< the currency it was read in
    DashboardCharts m_current;
};

} // namespace Fieldbook
