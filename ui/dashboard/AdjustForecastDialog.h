#pragma once

#include "common/Error.h"
#include "models/ForecastRollupModel.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace Fieldbook {

class Database;
class MessageBanner;

/// A manager's adjustment of one person's or team's Commit and Best case for one period, with a
/// note (docs/forecast.md, Adjustments): the deals' figures and the adjustments made so far (its
/// history, newest first) above the new figures. Saving adds an adjustment, *Clear adjustment*
/// withdraws the one in force; both are kept in the history.
class AdjustForecastDialog final : public QDialog {
    Q_OBJECT
public:
    AdjustForecastDialog(Database& db, const ForecastRollupModel::Entry& entry, const ForecastEngine& engine,
                         const FiscalPeriod& period, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* commitEdit() const { return m_commit; }
    [[nodiscard]] QLineEdit* bestCaseEdit() const { return m_bestCase; }
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QTreeWidget* history() const { return m_history; }
    /// Adds the adjustment as typed (or, with `clear`, withdraws the one in force); on success the
    /// dialog is accepted, else the reason shows in it.
    Result<void> save(bool clear);

private:
    /// Lists the adjustments of this forecast; whether one is in force.
    bool fillHistory(const ForecastEngine& engine);
    [[nodiscard]] QString money(qint64 minor) const;

    Database& m_db;
    ForecastRollupModel::Entry m_entry;
    FiscalPeriod m_period;
    QString m_currency;
    QLineEdit* m_commit;
    QLineEdit* m_bestCase;
    QPlainTextEdit* m_note;
    QTreeWidget* m_history;
    MessageBanner* m_banner;
};

} // namespace Fieldbook
