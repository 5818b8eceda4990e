#pragma once

#include "AppContext.h"
#include "sync/SyncScheduler.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace Fieldbook {

class AccountsSection;
class ImportExportActions;
class ContactsSection;
class QuickOpenDialog;
class RecordSection;
class SyncIssuesDialog;
class SyncLogDialog;
class SyncStatusWidget;

/// The workspace window. It only assembles: navigation, the sections, menus and the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    /// `syncTiming` sets the sync scheduler's delays and network (tests pass a fake server).
    MainWindow(Database& db, SyncScheduler::Timing syncTiming, QWidget* parent = nullptr);
    ~MainWindow() override;

    ContactsSection* contacts() const { return m_contacts; }
    AccountsSection* accounts() const { return m_accounts; }
    RecordSection* currentSection() const;
    void showSection(RecordSection* section);
    /// Opens a record ("contacts" or "accounts") in its section.
    void openRecord(const QString& table, const QString& id);
    void quickOpen();

    SyncScheduler* syncScheduler() const { return m_sync; }
    void showConnectDialog();
    void showSyncLog();
    void showSyncIssues();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createSyncMenu();
    void onStoreSynced();
    void rebuildRecordMenu();
    void updateStatus();
    void undo();
    void showSettings();
    void showAbout();
    void restoreWindowState();

    UndoHistory* m_undo;
    AppContext m_context;
    QSplitter* m_splitter;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    ContactsSection* m_contacts;
    AccountsSection* m_accounts;
    QMenu* m_recordMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QLabel* m_count;
    QuickOpenDialog* m_quickOpen = nullptr;
    ImportExportActions* m_importExport;
    SyncScheduler* m_sync;
    SyncStatusWidget* m_syncStatus;
    QAction* m_syncNowAction = nullptr;
    QPointer<SyncLogDialog> m_syncLog;
    QPointer<SyncIssuesDialog> m_syncIssues;
};

} // namespace Fieldbook
