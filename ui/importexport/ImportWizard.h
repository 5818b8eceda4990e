#pragma once

#include "ImportSetup.h"

#include <QWizard>

namespace Fieldbook {

class Database;
class ImportDryRunPage;
class ImportFilePage;
class ImportRunPage;
class LongTask;

/// Imports a CSV file (accounts, contacts, users) or a vCard file (contacts): file, column mapping
/// with preview, picklist value mapping, a dry run with the rejected rows, then the import with
/// progress and cancel. All reading and writing of the store happens on a worker thread with its
/// own connection; the GUI's lists reload when it has finished.
class ImportWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, ValuesPage, DryRunPage, RunPage };

    /// `dbPath` is the file the worker opens; empty: `guiDb`'s own.
    explicit ImportWizard(Database& guiDb, const QString& dbPath = {}, QWidget* parent = nullptr);

    /// Presets the file (a drop on the main window, a recent file).
    void setFilePath(const QString& path);
    const ImportSetup& setup() const { return m_setup; }
    LongTask* task() const { return m_task; }
    ImportDryRunPage* dryRunPage() const { return m_dryRun; }
    ImportRunPage* runPage() const { return m_run; }

    /// Cancel, Escape and closing the window cancel running work; during the import itself the wizard
    /// stays open to say that nothing was imported.
    void reject() override;

signals:
    void dryRunFinished(bool succeeded);
    void importFinished(bool succeeded);

private:
    ImportSetup m_setup;
    LongTask* m_task;
    ImportFilePage* m_file;
    ImportDryRunPage* m_dryRun;
    ImportRunPage* m_run;
};

} // namespace Fieldbook
