#pragma once

#include "analytics/ForecastEngine.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Fieldbook {

class Database;
class ForecastDealsModel;

/// Under the dashboard's charts: the opportunities behind the bar or point last clicked, with a
/// title saying what was clicked and what they add up to. Enter or a double-click opens one.
class DealListPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealListPane)
public:
    explicit DealListPane(Database& db, QWidget* parent = nullptr);
    ~DealListPane() override;

    /// Lists `deals` (indexes in engine->input().deals) under `title`.
    void showDeals(std::shared_ptr<const ForecastEngine> engine, const QList<int>& deals, const QString& title);
    /// Empties the list: the charts changed under it.
    void clear();
    [[nodiscard]] QTableView* list() const { return m_list; }
    [[nodiscard]] ForecastDealsModel* model() const { return m_model; }
    [[nodiscard]] QString title() const;

signals:
    void opportunityActivated(const QString& id);

private:
    ForecastDealsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QTableView* m_list;
};

} // namespace Fieldbook
