#pragma once

#include "services/ImportReport.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;

namespace Fieldbook {

struct AppContext;
struct QuotaChange;
class LongTask;
class MessageBanner;
class QuotaGridModel;
class QuotaGridView;

/// Managers enter the quotas of their people here (docs/forecast.md, Quota grid): a fiscal year's
/// months or quarters in a grid, a CSV import through the import services, and the month the fiscal
/// year starts in. Representatives see the grid read-only. Every edit is one step of the undo
/// history.
class QuotaGridDialog final : public QDialog {
    Q_OBJECT
public:
    QuotaGridDialog(AppContext& context, QWidget* parent = nullptr);
    ~QuotaGridDialog() override;
    Q_DISABLE_COPY_MOVE(QuotaGridDialog)

    /// Opens the dialog window-modal over `parent` (deleted when closed), as the Dashboard's
    /// "Quotas…" action does.
    static QuotaGridDialog* open(AppContext& context, QWidget* parent);

    [[nodiscard]] QuotaGridModel* grid() const { return m_grid; }
    [[nodiscard]] QuotaGridView* view() const { return m_view; }
    [[nodiscard]] MessageBanner* banner() const { return m_banner; }
    /// Shows the months (`months`) or quarters of `fiscalYear`.
    void showYear(int fiscalYear, bool months);
    /// Imports quotas from the CSV file at `path` (`fieldbook-cli import quotas`) on a worker
    /// thread with a progress window; the outcome and the rejected rows show in the banner.
    void importCsv(const QString& path);

private:
    QWidget* buildTop();
    QWidget* buildBottom();
    void fillYears();
    void onChoiceChanged();
    void onFirstMonthChanged();
    void onEdited(const QList<QuotaChange>& changes);
    void undoLast();
    void chooseCsv();
    void showRejected();
    void showError(const QString& message);

    AppContext& m_context;
    QuotaGridModel* m_grid;
    QuotaGridView* m_view;
    MessageBanner* m_banner;
    QLabel* m_note;
    QComboBox* m_year = nullptr;
    QButtonGroup* m_kind = nullptr;
    QComboBox* m_firstMonth = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_undo = nullptr;
    QList<int> m_undoTokens;       ///< this dialog's entries in the undo history, newest last
    QList<RejectedRow> m_rejected; ///< the last import's rejected rows
};

} // namespace Fieldbook
