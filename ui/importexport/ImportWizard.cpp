#include "ImportWizard.h"

#include "ImportDryRunPage.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportRunPage.h"
#include "ImportValuesPage.h"
#include "LongTask.h"
#include "store/db/Database.h"

using namespace Qt::StringLiterals;

namespace Fieldbook {

ImportWizard::ImportWizard(Database& guiDb, const QString& dbPath, QWidget* parent)
    : QWizard(parent)
    , m_task(new LongTask(this)) {
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    // After the import, Finish is the only way out; while it runs, the progress panel's Cancel and Escape.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    m_setup.databasePath = dbPath.isEmpty() ? guiDb.path() : dbPath;

    m_file = new ImportFilePage(m_setup, this);
    m_dryRun = new ImportDryRunPage(m_setup, *m_task, this);
    m_run = new ImportRunPage(m_setup, *m_task, guiDb, this);
    setPage(FilePage, m_file);
    setPage(MappingPage, new ImportMappingPage(m_setup, this));
    setPage(ValuesPage, new ImportValuesPage(m_setup, this));
    setPage(DryRunPage, m_dryRun);
    setPage(RunPage, m_run);
    setStartId(FilePage);

    // Fits a 1366x768 screen with room for the panel and window decorations.
    resize(900, 640);
    setMinimumSize(640, 480);

    connect(m_dryRun, &ImportDryRunPage::checkFinished, this, &ImportWizard::dryRunFinished);
    connect(m_run, &ImportRunPage::importFinished, this, &ImportWizard::importFinished);
}

void ImportWizard::setFilePath(const QString& path) {
    m_file->setFilePath(path);
}

void ImportWizard::reject() {
    if (m_task->isRunning()) {
        m_task->cancel();
        // A dry run writes nothing: closing at once is fine. The import itself reports its cancel first.
        if (currentId() == RunPage)
            return;
    }
    QWizard::reject();
}

} // namespace Fieldbook
