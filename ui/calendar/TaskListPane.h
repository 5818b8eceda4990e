#pragma once

#include "AppContext.h"
#include "models/TaskListModel.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLayout;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace Fieldbook {

class MessageBanner;
class TaskDelegate;

/// The task list beside the calendar (docs/calendar-tasks.md, "Task list"): tasks grouped into
/// overdue, today, upcoming, no date and done (collapsed), with a check box that completes them.
/// New task (Ctrl+Shift+N) and Enter open the task editor, Delete deletes with undo.
class TaskListPane final : public QWidget {
    Q_OBJECT
public:
    TaskListPane(AppContext& context, QWidget* parent = nullptr);

    TaskListModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    /// The selected task's id; empty when none (or a group) is selected.
    QString currentTaskId() const;
    void selectTask(const QString& id);

    /// Opens the editor for a new task (linked to nothing); the task is selected once saved.
    void newTask();
    /// Opens the editor for the selected task.
    void editCurrent();
    void deleteCurrent();

signals:
    /// A task was saved or deleted here (for a status line).
    void message(const QString& text);

private:
    QLayout* createHeader();
    void setUpView();
    void createActions();
    void edit(const CalendarTask& task);
    void beforeReset();
    void afterReset();
    void planRegroup();
    void showError(const QString& text);

    AppContext& m_context;
    TaskListModel* m_model;
    TaskDelegate* m_delegate;
    QTreeView* m_view;
    QLabel* m_title;
    QToolButton* m_new;
    QToolButton* m_delete;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    MessageBanner* m_banner;
    QTimer* m_regroup;
    QString m_keptId;
    QSet<int> m_collapsed; ///< groups shown closed: Done at first, then as the user leaves them
};

} // namespace Fieldbook
