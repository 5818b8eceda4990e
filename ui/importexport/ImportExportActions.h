#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMimeData;
class QWidget;

namespace Fieldbook {

class Database;
class DemoDataDialog;
class ExportDialog;
class ImportWizard;

/// The File menu's "Import…" (Ctrl+I), "Export…" (Ctrl+E) and "Fill with demo data…" actions and
/// the windows they open. Each window opens once: triggering its action again raises it.
class ImportExportActions final : public QObject {
    Q_OBJECT
public:
    /// `window` parents the dialogs; `dbPath` is the file workers open (empty: `guiDb`'s own).
    ImportExportActions(QWidget* window, Database& guiDb, const QString& dbPath = {}, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ImportExportActions)

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* demoDataAction() const { return m_demoData; }
    QList<QAction*> actions() const { return {m_import, m_export, m_demoData}; }

    /// The local file a drag carries if the wizard can import it (.csv, .vcf), else empty; for the
    /// main window's dragEnterEvent/dropEvent.
    static QString importablePath(const QMimeData* mime);

    /// Opens the import wizard, with `presetPath` already chosen when given (a dropped file).
    ImportWizard* openImport(const QString& presetPath = {});
    ExportDialog* openExport();
    DemoDataDialog* openDemoData();

private:
    QWidget* m_window;
    Database& m_guiDb;
    QString m_dbPath;
    QAction* m_import;
    QAction* m_export;
    QAction* m_demoData;
    QPointer<ImportWizard> m_importWizard;
    QPointer<ExportDialog> m_exportDialog;
    QPointer<DemoDataDialog> m_demoDialog;
};

} // namespace Fieldbook
