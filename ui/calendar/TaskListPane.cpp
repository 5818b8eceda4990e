#include "TaskListPane.h"

#include "DisplayZone.h"
#include "TaskDelegate.h"
#include "TaskEditor.h"

#include "common/Clock.h"
#include "store/db/Database.h"
#include "store/records/TaskRepository.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kUndoBannerMs = 8000;
constexpr qint64 kLongestWaitMs = 3600 * 1000; // regroup at least hourly (sleep, clock changes)
} // namespace

TaskListPane::TaskListPane(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TaskListModel(context.db, displayZone(), this))
    , m_delegate(new TaskDelegate(this))
    , m_view(new QTreeView(this))
    , m_title(new QLabel(tr("Tasks"), this))
    , m_new(new QToolButton(this))
    , m_delete(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_regroup(new QTimer(this))
    , m_collapsed{int(TaskListModel::Group::Done)} {
    setObjectName(u"taskListPane"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createHeader());
    layout->addWidget(m_stack, 1);
    setUpView();
    m_banner->floatOver(m_stack);
    createActions();
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &TaskListPane::beforeReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskListPane::afterReset);
    connect(m_model, &TaskListModel::loadFailed, this, &TaskListPane::showError);
    connect(m_model, &TaskListModel::saveFailed, this, &TaskListPane::showError);
    m_regroup->setSingleShot(true);
    connect(m_regroup, &QTimer::timeout, m_model, &TaskListModel::reload);
    afterReset();
}

QLayout* TaskListPane::createHeader() {
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_new->setObjectName(u"newTaskButton"_s);
    m_new->setText(tr("New task"));
    m_new->setIcon(Icons::get(u"list-add"_s, QStyle::SP_FileDialogNewFolder));
    m_new->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_new->setToolTip(tr("Create a task (Ctrl+Shift+N)"));
    m_delete->setObjectName(u"deleteTaskButton"_s);
    m_delete->setIcon(Icons::get(u"edit-delete"_s, QStyle::SP_TrashIcon));
    m_delete->setToolTip(tr("Delete the selected task (Del)"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_new);
    header->addWidget(m_delete);
    return header;
}

void TaskListPane::setUpView() {
    m_view->setObjectName(u"taskList"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setHeaderHidden(true);
    m_view->setIndentation(fontMetrics().height() / 2);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformRowHeights(false);
    m_view->setExpandsOnDoubleClick(true);
    m_delegate->setNow([] { return Clock::nowUtc(); });
    m_empty->setObjectName(u"taskListEmptyLabel"_s);
    m_empty->setText(tr("No tasks. Create one with Ctrl+Shift+N."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_model->taskAt(index))
            editCurrent();
    });
    connect(m_view, &QTreeView::collapsed, this,
            [this](const QModelIndex& index) { m_collapsed.insert(index.data(TaskListModel::GroupRole).toInt()); });
    connect(m_view, &QTreeView::expanded, this,
            [this](const QModelIndex& index) { m_collapsed.remove(index.data(TaskListModel::GroupRole).toInt()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_delete->setEnabled(!currentTaskId().isEmpty()); });
}

void TaskListPane::createActions() {
    auto* create = new QAction(tr("New task"), this);
    create->setObjectName(u"newTaskAction"_s);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    create->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(create);
    auto* remove = new QAction(tr("Delete task"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    connect(create, &QAction::triggered, this, &TaskListPane::newTask);
    connect(m_new, &QToolButton::clicked, this, &TaskListPane::newTask);
    connect(remove, &QAction::triggered, this, &TaskListPane::deleteCurrent);
    connect(m_delete, &QToolButton::clicked, this, &TaskListPane::deleteCurrent);
}

QString TaskListPane::currentTaskId() const {
    const CalendarTask* task = m_model->taskAt(m_view->currentIndex());
    return task ? task->id : QString();
}

void TaskListPane::selectTask(const QString& id) {
    const QModelIndex index = m_model->indexOf(id);
    if (!index.isValid())
        return;
    m_view->expand(index.parent());
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TaskListPane::beforeReset() {
    m_keptId = currentTaskId();
}

void TaskListPane::afterReset() {
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        m_view->setExpanded(group, !m_collapsed.contains(group.data(TaskListModel::GroupRole).toInt()));
    }
    if (!m_keptId.isEmpty())
        selectTask(m_keptId);
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    const int open = m_model->count(TaskListModel::Group::Overdue) + m_model->count(TaskListModel::Group::Today) +
                     m_model->count(TaskListModel::Group::Upcoming) + m_model->count(TaskListModel::Group::NoDate);
    m_title->setText(open > 0 ? tr("Tasks (%1)").arg(QLocale().toString(open)) : tr("Tasks"));
    m_delete->setEnabled(!currentTaskId().isEmpty());
    planRegroup();
}

void TaskListPane::planRegroup() {
    const qint64 wait = Clock::nowMs() < m_model->nextRegroup().toMSecsSinceEpoch()
                            ? m_model->nextRegroup().toMSecsSinceEpoch() - Clock::nowMs()
                            : 0;
    m_regroup->start(int(std::clamp<qint64>(wait, 1000, kLongestWaitMs)));
}

void TaskListPane::newTask() {
    CalendarTask task;
    task.due = CalendarTime::ofDate(Clock::nowUtc().toTimeZone(displayZone()).date());
    edit(task);
}

void TaskListPane::editCurrent() {
    if (const CalendarTask* task = m_model->taskAt(m_view->currentIndex()))
        edit(*task);
}

void TaskListPane::edit(const CalendarTask& task) {
    auto* editor = new TaskEditor(m_context.db, task, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const bool isNew = task.id.isEmpty();
    connect(editor, &QDialog::accepted, this, [this, editor, isNew] {
        selectTask(editor->saved().id);
        const QString text = isNew ? tr("Task created.") : tr("Task saved.");
        m_banner->showMessage(text, MessageBanner::Type::Positive, 3000);
        emit message(text);
    });
    editor->open();
}

void TaskListPane::deleteCurrent() {
    const QString id = currentTaskId();
    if (id.isEmpty())
        return;
    Database& db = m_context.db;
    if (auto removed = TaskRepository(db).remove(id); !removed) {
        showError(removed.error().message);
        return;
    }
    const QString text = tr("Task deleted.");
    const int token = m_context.undo.push(
        text, [&db, id] { return TaskRepository(db).restore(id); },
        [&db, id] { return TaskRepository(db).remove(id); });
    QPointer<TaskListPane> self(this);
    m_banner->showAction(
        text, MessageBanner::Type::Information, tr("Undo"),
        [self, token, id] {
            if (!self)
                return;
            if (auto undone = self->m_context.undo.undo(token); !undone)
                self->showError(undone.error().message);
            else
                self->selectTask(id);
        },
        kUndoBannerMs);
    emit message(text);
}

void TaskListPane::showError(const QString& text) {
    m_banner->showMessage(text, MessageBanner::Type::Error);
}

} // namespace Fieldbook
