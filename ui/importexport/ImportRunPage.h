#pragma once

#include "services/ImportReport.h"

#include <QWizardPage>

#include <memory>

class QLabel;

namespace Fieldbook {

class Database;
class ImportSetup;
class LongTask;
class MessageBanner;
class ProgressPanel;

/// Step 5: the import itself, on the worker thread, with progress and Cancel (which leaves the
/// store exactly as it was); then a summary.
class ImportRunPage final : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(ImportSetup& setup, LongTask& task, Database& guiDb, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    /// The report of a finished import; nullptr before, or when it failed or was cancelled.
    const ImportReport* report() const;

signals:
    void importFinished(bool succeeded);

private:
    void onFinished();

    ImportSetup& m_setup;
    LongTask& m_task;
    Database& m_guiDb;
    std::shared_ptr<ImportReport> m_report;
    bool m_active = false;
    bool m_done = false;
    ProgressPanel* m_progress;
    QLabel* m_summary;
    MessageBanner* m_error;
};

} // namespace Fieldbook
