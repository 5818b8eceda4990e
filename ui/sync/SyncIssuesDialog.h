#pragma once

#include "store/journal/SyncIssues.h"

#include <QDialog>

#include <functional>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Fieldbook {

class ConflictComparison;
class Database;
class MessageBanner;
class SetAsideBox;
class SyncScheduler;

/// "Sync issues": what sync left for a person to decide. Conflicts show the record, the field and
/// its value before, on the server (theirs) and here (yours), decided with Keep theirs, Use mine or
/// (notes only) Keep both; rejected changes show what changed and why the server refused it, with
/// Retry and Discard. Each decision is sent at once through the scheduler.
class SyncIssuesDialog final : public QDialog {
    Q_OBJECT
public:
    SyncIssuesDialog(Database& db, SyncScheduler& scheduler, QWidget* parent = nullptr);

    void reload();
    void keepTheirs();
    void useMine();
    void keepBoth();
    void retry();
    void discard();

signals:
    /// The user double-clicked an issue to see its record ("contacts", id).
    void recordRequested(const QString& table, const QString& id);

private:
    QWidget* createConflicts();
    QWidget* createRejections();
    void loadConflicts();
    void loadRejections();
    void updateButtons();
    void showCurrentConflict();
    void updatePages();
    void resolve(SyncIssues::Choice choice);
    /// Runs `apply` for each selected row of `list` (its id in Qt::UserRole), then reloads and syncs.
    void decide(QTreeWidget* list, const std::function<Result<void>(qint64)>& apply);

    Database& m_db;
    SyncScheduler& m_scheduler;
    MessageBanner* m_banner;
    QLabel* m_intro;
    QStackedWidget* m_pages;
    QLabel* m_empty;
    QGroupBox* m_conflictBox;
    QTreeWidget* m_conflicts;
    ConflictComparison* m_comparison;
    QPushButton* m_keepTheirs;
    QPushButton* m_useMine;
    QPushButton* m_keepBoth;
    SetAsideBox* m_setAside;
    int m_setAsideCount = 0;
    QGroupBox* m_rejectionBox;
    QTreeWidget* m_rejections;
    QPushButton* m_retry;
    QPushButton* m_discard;
};

} // namespace Fieldbook
