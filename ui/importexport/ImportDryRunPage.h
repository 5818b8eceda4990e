#pragma once

#include "services/ImportReport.h"

#include <QWizardPage>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace Fieldbook {

class ImportSetup;
class LongTask;
class MessageBanner;
class ProgressPanel;
class RejectedRowsModel;

/// Step 4: runs the whole import as a dry run on the worker thread and shows what it would do,
/// with the rows it would reject (savable as a CSV file to fix). Its Next button imports for real.
class ImportDryRunPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportDryRunPage(ImportSetup& setup, LongTask& task, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    const ImportReport& report() const { return *m_report; }
    /// Writes the rejected rows to `path` in the background; `rejectedRowsSaved` follows.
    void saveRejectedRows(const QString& path);

signals:
    void checkFinished(bool succeeded);
    void rejectedRowsSaved(bool succeeded);

private:
    void start();
    void onFinished();
    void showReport();
    void chooseRejectedFile();
    void onRejectedRowsSaved();

    ImportSetup& m_setup;
    LongTask& m_task;
    LongTask* m_saveTask;
    std::shared_ptr<ImportReport> m_report;
    bool m_active = false;  ///< the running task is this page's dry run
    bool m_restart = false; ///< start again once the cancelled run has ended
    bool m_ready = false;
    ProgressPanel* m_progress;
    QLabel* m_summary;
    RejectedRowsModel* m_rejectedModel;
    QTableView* m_rejectedView;
    QPushButton* m_save;
    QPushButton* m_recheck;
    MessageBanner* m_error;
};

} // namespace Fieldbook
