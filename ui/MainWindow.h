#pragma once

#include "AppContext.h"
#include "common/RecordOpeners.h"
#include "sync/SyncScheduler.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QListWidget;
class QToolButton;
class QSplitter;
class QStackedWidget;

namespace Fieldbook {

class AccountsSection;
class CalendarSection;
class CatalogueDialog;
class CalendarTransfer;
class TaskListPane;
class ImportExportActions;
class ContactsSection;
class DashboardSection;
class TelesalesSection;
class LeadsSection;
class OpportunitiesSection;
class QuickOpenDialog;
class QuotesDialog;
class RecordSection;
class ReminderCenter;
class SyncIssuesDialog;
class SyncLogDialog;
class SyncStatusWidget;
class WorkspaceSection;

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
    OpportunitiesSection* opportunities() const { return m_opportunities; }
    LeadsSection* leads() const { return m_leads; }
    CalendarSection* calendar() const { return m_calendar; }
    DashboardSection* dashboard() const { return m_dashboard; }
    TelesalesSection* telesales() const { return m_telesales; }
    WorkspaceSection* currentSection() const;
    void showSection(WorkspaceSection* section);
    /// Opens a record in the section or editor its type opens in (RecordOpeners): contacts,
    /// accounts and leads in their sections, an opportunity in its dialog and a quote in its
    /// editor, over the Opportunities section, an event in its editor over the Calendar section.
    /// Records of other types open nowhere.
    void openRecord(const QString& table, const QString& id);
    /// Screen pop (docs/telesales.md): brings up the contact or lead whose number `number` is, in
    /// whatever way it is written, or offers to make a lead of it. Returns what was opened: the
    /// record's table and id, or empty ones when nothing was.
    std::pair<QString, QString> screenPop(const QString& number);
    void quickOpen();

    SyncScheduler* syncScheduler() const { return m_sync; }
    /// Announces reminders; started when the window first shows.
    ReminderCenter* reminders() const { return m_reminders; }
    void showConnectDialog();
    void showSyncLog();
    void showSyncIssues();
    /// Products and price lists (read-only for reps), non-modal.
    void showCatalogue();
    /// Every quote, filtered by status and searched, non-modal.
    void showQuotes();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createSyncMenu();
    void createReminders();
    void onStoreSynced();
    void updateTitle();
    void rebuildRecordMenu();
    void updateStatus();
    void undo();
    void redo();
    void updateUndoActions();
    void showShortcuts();
    void showSettings();
    void showAbout();
    void restoreWindowState();
    /// Which section or editor opens records of each type.
    void addOpeners();
    /// The task list beside the calendar and .ics files dropped on it (MainWindowLinks.cpp).
    void connectCalendar();

    UndoHistory* m_undo;
    AppContext m_context;
    QSplitter* m_splitter;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    ContactsSection* m_contacts;
    AccountsSection* m_accounts;
    OpportunitiesSection* m_opportunities;
    LeadsSection* m_leads;
    CalendarSection* m_calendar;
    DashboardSection* m_dashboard;
    TelesalesSection* m_telesales;
    QMenu* m_recordMenu = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QLabel* m_count;
    QuickOpenDialog* m_quickOpen = nullptr;
    RecordOpeners m_openers;
    ImportExportActions* m_importExport;
    CalendarTransfer* m_calendarTransfer;
    TaskListPane* m_tasks = nullptr;
    SyncScheduler* m_sync;
    SyncStatusWidget* m_syncStatus;
    QAction* m_syncNowAction = nullptr;
    QPointer<SyncLogDialog> m_syncLog;
    QPointer<SyncIssuesDialog> m_syncIssues;
    QPointer<CatalogueDialog> m_catalogue;
    QPointer<QuotesDialog> m_quotes;
    ReminderCenter* m_reminders = nullptr;
    QToolButton* m_remindersButton = nullptr;
};

} // namespace Fieldbook
