#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Fieldbook {

class Database;
class MessageBanner;
class SyncScheduler;

/// The sync log: the last lines the sync engine wrote (time, level, message), newest at the
/// bottom, refreshed after each run; "Sync now" starts a run from here.
class SyncLogDialog final : public QDialog {
    Q_OBJECT
public:
    static constexpr int kLines = 500;

    SyncLogDialog(Database& db, SyncScheduler& scheduler, QWidget* parent = nullptr);

    void reload();

private:
    void updateButtons();

    Database& m_db;
    SyncScheduler& m_scheduler;
    MessageBanner* m_banner;
    QLabel* m_status;
    QStackedWidget* m_stack;
    QTreeWidget* m_lines;
    QLabel* m_empty;
    QPushButton* m_syncNow;
};

} // namespace Fieldbook
