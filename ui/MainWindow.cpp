#include "MainWindow.h"

#include "SettingsDialog.h"
#include "accounts/AccountsSection.h"
#include "calendar/CalendarSection.h"
#include "calendar/ReminderCenter.h"
#include "catalogue/CatalogueDialog.h"
#include "contacts/ContactsSection.h"
#include "dashboard/DashboardSection.h"
#include "telesales/TelesalesSection.h"
#include "help/ShortcutsDialog.h"
#include "calendar/CalendarTransfer.h"
#include "importexport/ImportExportActions.h"
#include "leads/LeadsSection.h"
#include "protocol/RecordType.h"
#include "opportunities/OpportunitiesSection.h"
#include "quickopen/QuickOpenDialog.h"
#include "quotes/QuoteEditor.h"
#include "quotes/QuotesDialog.h"
#include "store/db/Database.h"
#include "store/journal/LocalOnlyRecords.h"
#include "sync/ConnectDialog.h"
#include "sync/FirstConnectQuestion.h"
#include "sync/SyncIssuesDialog.h"
#include "sync/SyncLogDialog.h"
#include "sync/SyncStatusWidget.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/UndoHistory.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Fieldbook {

MainWindow::MainWindow(Database& db, QWidget* parent)
    : MainWindow(db, SyncScheduler::Timing{}, parent) {}

MainWindow::MainWindow(Database& db, SyncScheduler::Timing syncTiming, QWidget* parent)
    : QMainWindow(parent)
    , m_undo(new UndoHistory(this))
    , m_context{db, *m_undo}
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigation(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_contacts(new ContactsSection(m_context, m_stack))
    , m_accounts(new AccountsSection(m_context, m_stack))
    , m_opportunities(new OpportunitiesSection(m_context, m_stack))
    , m_leads(new LeadsSection(m_context, m_stack))
    , m_calendar(new CalendarSection(m_context, m_stack))
    , m_dashboard(new DashboardSection(m_context, m_stack))
    , m_telesales(new TelesalesSection(m_context, m_stack))
    , m_count(new QLabel(this))
    , m_importExport(new ImportExportActions(this, db, db.path(), this))
    , m_calendarTransfer(new CalendarTransfer(this, db, db.path(), this))
    , m_sync(new SyncScheduler(db, std::move(syncTiming), this))
    , m_syncStatus(new SyncStatusWidget(*m_sync, this)) {
    setAcceptDrops(true); // a CSV or vCard dropped on the window opens the import wizard
    setObjectName(u"mainWindow"_s);
    updateTitle();
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(120);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_navigation->setBackgroundRole(QPalette::Window);
    for (auto [section, text, icon, fallback] :
         {std::tuple{static_cast<WorkspaceSection*>(m_contacts), tr("Contacts"), u"avatar-default"_s,
                     QStyle::SP_FileIcon},
          std::tuple{static_cast<WorkspaceSection*>(m_accounts), tr("Accounts"), u"system-users"_s, QStyle::SP_DirIcon},
          std::tuple{static_cast<WorkspaceSection*>(m_opportunities), tr("Opportunities"), u"view-statistics"_s,
                     QStyle::SP_FileDialogDetailedView},
          std::tuple{static_cast<WorkspaceSection*>(m_leads), tr("Leads"), u"contact-new"_s, QStyle::SP_FileLinkIcon},
          std::tuple{static_cast<WorkspaceSection*>(m_calendar), tr("Calendar"), u"x-office-calendar"_s,
                     QStyle::SP_FileDialogInfoView},
          std::tuple{static_cast<WorkspaceSection*>(m_dashboard), tr("Dashboard"), u"x-office-presentation"_s,
                     QStyle::SP_FileDialogContentsView},
          std::tuple{static_cast<WorkspaceSection*>(m_telesales), tr("Telesales"), u"call-start"_s,
                     QStyle::SP_MediaPlay}}) {
        m_stack->addWidget(section);
        auto* item = new QListWidgetItem(Icons::get(icon, fallback), text, m_navigation);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));
        connect(section, &WorkspaceSection::statusChanged, this, &MainWindow::updateStatus);
        connect(section, &WorkspaceSection::recordRequested, this, &MainWindow::openRecord);
    }
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({150, 1200});
    setCentralWidget(m_splitter);
    m_count->setObjectName(u"recordCount"_s);
    createReminders();
    statusBar()->addPermanentWidget(m_count);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::connectRequested, this, &MainWindow::showConnectDialog);
    connect(m_syncStatus, &SyncStatusWidget::logRequested, this, &MainWindow::showSyncLog);
    connect(m_syncStatus, &SyncStatusWidget::issuesRequested, this, &MainWindow::showSyncIssues);
    connect(m_sync, &SyncScheduler::storeChanged, this, &MainWindow::onStoreSynced);

    createMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            [this](int row) { showSection(static_cast<WorkspaceSection*>(m_stack->widget(row))); });
    connect(m_accounts, &AccountsSection::contactsRequested, this,
            [this](const QString& accountId, const QString& accountName, const QString& contactId) {
                showSection(m_contacts);
                m_contacts->showAccountContacts(accountId, accountName, contactId);
            });
    connect(m_undo, &UndoHistory::changed, this, &MainWindow::updateUndoActions);
    addOpeners();
    connectCalendar();
    showSection(m_contacts);
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!ImportExportActions::importablePath(event->mimeData()).isEmpty() ||
        !CalendarTransfer::calendarFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (const QStringList calendars = CalendarTransfer::calendarFiles(event->mimeData()); !calendars.isEmpty()) {
        event->acceptProposedAction();
        m_calendarTransfer->importFiles(calendars);
        return;
    }
    const QString path = ImportExportActions::importablePath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_importExport->openImport(path);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addActions(m_importExport->actions());
    file->addSeparator();
    file->addActions(m_calendarTransfer->actions());
    file->addSeparator();
    QAction* settings =
        file->addAction(Icons::get(u"preferences-system"_s), tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(Icons::get(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(Icons::get(u"edit-undo"_s), tr("&Undo"), this, &MainWindow::undo);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setProperty(ShortcutsDialog::kNameProperty, tr("Undo"));
    m_redoAction = edit->addAction(Icons::get(u"edit-redo"_s), tr("&Redo"), this, &MainWindow::redo);
    m_redoAction->setObjectName(u"redoAction"_s);
    // Ctrl+Shift+Z first (what the menu shows), then the platform's other keys for redo.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setProperty(ShortcutsDialog::kNameProperty, tr("Redo"));
    updateUndoActions();

    m_recordMenu = menuBar()->addMenu(tr("&Record"));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* contacts = go->addAction(tr("&Contacts"), this, [this] { showSection(m_contacts); });
    contacts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction* accounts = go->addAction(tr("&Accounts"), this, [this] { showSection(m_accounts); });
    accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* opportunities = go->addAction(tr("&Opportunities"), this, [this] { showSection(m_opportunities); });
    opportunities->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction* leads = go->addAction(tr("&Leads"), this, [this] { showSection(m_leads); });
    leads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction* calendar = go->addAction(tr("Calen&dar"), this, [this] { showSection(m_calendar); });
    calendar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction* dashboard = go->addAction(tr("Das&hboard"), this, [this] { showSection(m_dashboard); });
    dashboard->setObjectName(u"dashboardAction"_s);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction* telesales = go->addAction(tr("&Telesales"), this, [this] { showSection(m_telesales); });
    telesales->setObjectName(u"telesalesAction"_s);
    telesales->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    go->addSeparator();
    QAction* quickOpen = go->addAction(Icons::get(u"edit-find"_s), tr("&Quick open…"), this, &MainWindow::quickOpen);
    quickOpen->setObjectName(u"quickOpenAction"_s);
    quickOpen->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction* catalogue = go->addAction(tr("&Products and price lists…"), this, &MainWindow::showCatalogue);
    catalogue->setObjectName(u"catalogueAction"_s);
    catalogue->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction* quotes = go->addAction(tr("Q&uotes…"), this, &MainWindow::showQuotes);
    quotes->setObjectName(u"quotesAction"_s);
    quotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)); // Ctrl+Shift+Q qualifies a lead
    go->addAction(Icons::get(u"appointment-soon"_s), tr("&Reminders…"), m_reminders, &ReminderCenter::showList)
        ->setObjectName(u"remindersAction"_s);

    createSyncMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(Icons::get(u"help-keyboard-shortcuts"_s), tr("&Keyboard shortcuts…"), this,
                                         &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addSeparator();
    help->addAction(Icons::get(u"help-about"_s), tr("&About Fieldbook"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
}

void MainWindow::createSyncMenu() {
    QMenu* menu = menuBar()->addMenu(tr("&Sync"));
    menu->addAction(Icons::get(u"network-server"_s), tr("&Connect to server…"), this, &MainWindow::showConnectDialog)
        ->setObjectName(u"connectAction"_s);
    m_syncNowAction =
        menu->addAction(Icons::get(u"emblem-synchronizing"_s), tr("Sync &now"), m_sync, &SyncScheduler::syncNow);
    m_syncNowAction->setObjectName(u"syncNowAction"_s);
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F9));
    menu->addSeparator();
    menu->addAction(tr("Sync &log…"), this, &MainWindow::showSyncLog)->setObjectName(u"syncLogAction"_s);
    menu->addAction(Icons::get(u"dialog-warning"_s), tr("Sync &issues…"), this, &MainWindow::showSyncIssues)
        ->setObjectName(u"syncIssuesAction"_s);
    const auto update = [this] {
        m_syncNowAction->setEnabled(m_sync->isConnected());
        using State = SyncStatus::State;
        const State state = m_sync->status().state;
        m_telesales->setSyncOffline(state == State::Offline || state == State::NeedsSignIn || state == State::Failed);
    };
    connect(m_sync, &SyncScheduler::statusChanged, this, update);
    update();
}

void MainWindow::createReminders() {
    // Reminders of events and tasks: a button in the status bar while some are due, the list from
    // Go › Reminders, tray notifications (docs/calendar-tasks.md, "Reminders").
    m_reminders = new ReminderCenter(m_context.db, this, this);
    m_remindersButton = new QToolButton(this);
    m_remindersButton->setObjectName(u"remindersButton"_s);
    m_remindersButton->setAutoRaise(true);
    m_remindersButton->setIcon(Icons::get(u"appointment-soon"_s, QStyle::SP_MessageBoxInformation));
    m_remindersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_remindersButton->hide();
    statusBar()->addPermanentWidget(m_remindersButton);
    connect(m_remindersButton, &QToolButton::clicked, m_reminders, &ReminderCenter::showList);
    connect(m_reminders, &ReminderCenter::countChanged, this, [this](int count) {
        m_remindersButton->setText(tr("Reminders (%1)").arg(count));
        m_remindersButton->setVisible(count > 0);
    });
    connect(m_reminders, &ReminderCenter::recordRequested, this, &MainWindow::openRecord);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // Reminders that fell due while Fieldbook was closed come once the window is there.
    if (!m_reminders->isStarted())
        QTimer::singleShot(0, m_reminders, &ReminderCenter::start);
}

void MainWindow::showConnectDialog() {
    if (auto* open = findChild<ConnectDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ConnectDialog(*m_sync, this);
    dialog->setBeforeConnect([this, dialog] {
        const bool settled = FirstConnectQuestion::settle(dialog, m_context.db);
        updateTitle();
        return settled;
    });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showSyncLog() {
    if (!m_syncLog) {
        m_syncLog = new SyncLogDialog(m_context.db, *m_sync, this);
        m_syncLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_syncLog->reload();
    m_syncLog->show();
    m_syncLog->raise();
    m_syncLog->activateWindow();
}

void MainWindow::showSyncIssues() {
    if (!m_syncIssues) {
        m_syncIssues = new SyncIssuesDialog(m_context.db, *m_sync, this);
        m_syncIssues->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_syncIssues, &SyncIssuesDialog::recordRequested, this, &MainWindow::openRecord);
    }
    m_syncIssues->reload();
    m_syncIssues->show();
    m_syncIssues->raise();
    m_syncIssues->activateWindow();
}

void MainWindow::showCatalogue() {
    if (!m_catalogue) {
        m_catalogue = new CatalogueDialog(m_context.db, this);
        m_catalogue->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_catalogue->show();
    m_catalogue->raise();
    m_catalogue->activateWindow();
}

void MainWindow::showQuotes() {
    if (!m_quotes) {
        m_quotes = new QuotesDialog(m_context.db, this);
        m_quotes->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_quotes->show();
    m_quotes->raise();
    m_quotes->activateWindow();
    m_quotes->focusSearch();
}

void MainWindow::updateTitle() {
    const QString file = QFileInfo(m_context.db.path()).fileName();
    // Until its records are taken over or replaced by the server's, the demo says that it is one.
    setWindowTitle(LocalOnlyRecords::isDemo(m_context.db) ? tr("Fieldbook — %1 (demo data)").arg(file)
                                                          : tr("Fieldbook — %1").arg(file));
}

void MainWindow::onStoreSynced() {
    // The lists reload through the store's table resets; the open records are shown again so that
    // an edit started afterwards begins from what sync brought (unsaved edits are left alone).
    for (WorkspaceSection* section :
         {static_cast<WorkspaceSection*>(m_contacts), static_cast<WorkspaceSection*>(m_accounts),
          static_cast<WorkspaceSection*>(m_opportunities), static_cast<WorkspaceSection*>(m_leads),
          static_cast<WorkspaceSection*>(m_calendar), static_cast<WorkspaceSection*>(m_dashboard),
          static_cast<WorkspaceSection*>(m_telesales)})
        section->refreshCurrentRecord();
}

WorkspaceSection* MainWindow::currentSection() const {
    return static_cast<WorkspaceSection*>(m_stack->currentWidget());
}

void MainWindow::showSection(WorkspaceSection* section) {
    const int index = m_stack->indexOf(section);
    if (index < 0)
        return;
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(index);
    }
    rebuildRecordMenu();
    updateStatus();
}

void MainWindow::rebuildRecordMenu() {
    // Only the visible section's actions are in the menu, so their shortcuts never clash.
    m_recordMenu->clear();
    m_recordMenu->addActions(currentSection()->recordActions());
}

void MainWindow::updateStatus() {
    if (WorkspaceSection* section = currentSection())
        m_count->setText(section->statusText());
}

void MainWindow::openRecord(const QString& table, const QString& id) {
    m_openers.open(table, id);
}

void MainWindow::quickOpen() {
    if (!m_quickOpen) {
        m_quickOpen = new QuickOpenDialog(m_context.db, this);
        connect(m_quickOpen, &QuickOpenDialog::recordChosen, this, &MainWindow::openRecord);
    }
    auto* field = m_quickOpen->findChild<QLineEdit*>(u"quickOpenField"_s);
    field->selectAll();
    m_quickOpen->show();
    m_quickOpen->raise();
    m_quickOpen->activateWindow();
    field->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::undo() {
    if (auto result = m_undo->undo(); !result)
        currentSection()->banner()->showMessage(result.error().message, MessageBanner::Type::Error);
    else
        currentSection()->banner()->hideMessage();
}

void MainWindow::redo() {
    if (auto result = m_undo->redo(); !result)
        currentSection()->banner()->showMessage(result.error().message, MessageBanner::Type::Error);
    else
        currentSection()->banner()->hideMessage();
}

void MainWindow::updateUndoActions() {
    m_undoAction->setEnabled(m_undo->canUndo());
    m_undoAction->setText(m_undo->canUndo() ? tr("&Undo: %1").arg(m_undo->undoDescription()) : tr("&Undo"));
    m_redoAction->setEnabled(m_undo->canRedo());
    m_redoAction->setText(m_undo->canRedo() ? tr("&Redo: %1").arg(m_undo->redoDescription()) : tr("&Redo"));
}

void MainWindow::showShortcuts() {
    // The Record menu holds only the visible section's actions: every section is listed instead.
    QList<ShortcutsDialog::Group> groups = ShortcutsDialog::menuGroups(menuBar(), {m_recordMenu});
    for (int i = 0; i < m_navigation->count(); ++i)
        groups.append(
            {tr("%1 (%2)").arg(ShortcutsDialog::plainText(m_recordMenu->title()), m_navigation->item(i)->text()),
             static_cast<WorkspaceSection*>(m_stack->widget(i))->recordActions()});
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_context.db, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_opportunities->reloadCurrencySettings();
        m_calendar->reloadDisplayZone();
        m_dashboard->reload(); // the reporting currency, its rates or the fiscal year may have changed
    }
}

void MainWindow::showAbout() {
    MessageBox::information(this, tr("About Fieldbook"),
                            tr("<h3>Fieldbook %1</h3><p>An offline-first CRM for field sales teams.</p>"
                               "<p>Database: %2</p><p>Licensed under the GNU GPL version 3 or later.</p>")
                                .arg(QApplication::applicationVersion(),
                                     QFileInfo(m_context.db.path()).absoluteFilePath().toHtmlEscaped()));
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // First start: most of the screen, which suits 1366x768 laptops and large monitors alike.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        resize(std::min(1440, available.width() * 9 / 10), std::min(900, available.height() * 9 / 10));
    }
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    if (auto* section =
            qobject_cast<WorkspaceSection*>(m_stack->widget(settings.value(u"window/section"_s, 0).toInt())))
        showSection(section);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    for (WorkspaceSection* section :
         {static_cast<WorkspaceSection*>(m_contacts), static_cast<WorkspaceSection*>(m_accounts),
          static_cast<WorkspaceSection*>(m_opportunities), static_cast<WorkspaceSection*>(m_leads),
          static_cast<WorkspaceSection*>(m_calendar), static_cast<WorkspaceSection*>(m_dashboard),
          static_cast<WorkspaceSection*>(m_telesales)}) {
        if (!section->confirmLeave()) {
            showSection(section);
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/section"_s, m_stack->currentIndex());
    event->accept();
}

} // namespace Fieldbook
