#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Fieldbook {

class Database;
class MessageBanner;

/// The manager's view of the call lists (docs/telesales.md, Managing lists): each list with its
/// progress (to call, done, callbacks due, calls, connect rate) and the same per rep below it; a
/// new list, round-robin assignment, moving a rep's open numbers to someone else, closing,
/// reopening and deleting a list. Shows what this device holds: a manager's device holds the
/// entries of the team below them, a rep's only their own.
class CallListsDialog final : public QDialog {
    Q_OBJECT
public:
    CallListsDialog(Database& db, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    MessageBanner* banner() const { return m_banner; }
    /// Reads the lists and their progress again; keeps the selected row.
    void reload();

    void newList();
    void assignRoundRobin();
    void reassign();
    void toggleClosed();
    void deleteList();

signals:
    /// Lists or entries changed here (the queue shows the next call again).
    void changed();

private:
    /// The list id of the selected row (a list or one of its reps), "" when none.
    QString selectedList() const;
    void updateButtons();
    void told(const QString& text);

    Database& m_db;
    QTreeWidget* m_tree;
    MessageBanner* m_banner;
    QPushButton* m_assign;
    QPushButton* m_reassign;
    QPushButton* m_close;
    QPushButton* m_delete;
};

} // namespace Fieldbook
