#include "ImportExportActions.h"

#include "DemoDataDialog.h"
#include "ExportDialog.h"
#include "ImportWizard.h"
#include "store/db/Database.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

template<class Window>
Window* raise(Window* window) {
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

template<class Window>
Window* present(Window* window) {
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->open(); // window-modal: the main window stays painted and responsive underneath
    return window;
}

} // namespace

ImportExportActions::ImportExportActions(QWidget* window, Database& guiDb, const QString& dbPath, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_guiDb(guiDb)
    , m_dbPath(dbPath.isEmpty() ? guiDb.path() : dbPath)
    , m_import(new QAction(tr("&Import…"), this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_demoData(new QAction(tr("Fill with &demo data…"), this)) {
    m_import->setObjectName(u"actionImport"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Import accounts, contacts or users from a CSV file, or contacts from vCard"));
    m_export->setObjectName(u"actionExport"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Export contacts or accounts as CSV, JSON or vCard"));
    m_demoData->setObjectName(u"actionFillDemoData"_s);
    m_demoData->setStatusTip(tr("Add realistic demo accounts, contacts and activities"));
    connect(m_import, &QAction::triggered, this, [this] { openImport(); });
    connect(m_export, &QAction::triggered, this, [this] { openExport(); });
    connect(m_demoData, &QAction::triggered, this, [this] { openDemoData(); });
}

QString ImportExportActions::importablePath(const QMimeData* mime) {
    return ImportSetup::importablePath(mime);
}

ImportWizard* ImportExportActions::openImport(const QString& presetPath) {
    if (m_importWizard) {
        if (!presetPath.isEmpty() && m_importWizard->currentId() == ImportWizard::FilePage)
            m_importWizard->setFilePath(presetPath);
        return raise(m_importWizard.data());
    }
    m_importWizard = new ImportWizard(m_guiDb, m_dbPath, m_window);
    if (!presetPath.isEmpty())
        m_importWizard->setFilePath(presetPath);
    return present(m_importWizard.data());
}

ExportDialog* ImportExportActions::openExport() {
    if (m_exportDialog)
        return raise(m_exportDialog.data());
    m_exportDialog = new ExportDialog(m_guiDb, m_dbPath, m_window);
    return present(m_exportDialog.data());
}

DemoDataDialog* ImportExportActions::openDemoData() {
    if (m_demoDialog)
        return raise(m_demoDialog.data());
    m_demoDialog = new DemoDataDialog(m_guiDb, m_dbPath, m_window);
    return present(m_demoDialog.data());
}

} // namespace Fieldbook
