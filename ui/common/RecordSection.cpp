#include "RecordSection.h"

#include "common/MergeDialog.h"
#include "models/RecordListModel.h"
#include "widgets/FilterBar.h"
#include "widgets/Icons.h"
#include "widgets/ListPresentationProxy.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordTable.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kUndoBannerMs = 15000;
constexpr int kSavedBannerMs = 2500;
} // namespace

RecordSection::RecordSection(AppContext& context, RecordListModel* model, const QString& table, QWidget* parent)
    : WorkspaceSection(parent)
    , m_context(context)
    , m_model(model)
    , m_proxy(new ListPresentationProxy(this))
    , m_tableName(table)
    , m_toolBar(new QToolBar(this))
    , m_banner(new MessageBanner(this))
    , m_filterBar(new FilterBar(context.db, table, this))
    , m_listStack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this)) {
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_toolBar->setObjectName(u"sectionToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));

    m_table->setObjectName(u"recordTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setDefaultSectionSize(140);

    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyLabel);

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_listStack, 1);
    m_splitter->setObjectName(u"sectionSplitter"_s);
    m_splitter->addWidget(listPane);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_splitter, 1);
    m_banner->floatOver(m_listStack);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &RecordListModel::setFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RecordSection::onSortIndicatorChanged);
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordSection::statusChanged);
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordSection::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectQuietly(m_currentId);
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordSection::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordSection::updateEmptyState);
    connect(m_model, &RecordListModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });

    createActions();
}

void RecordSection::createActions() {
    addRecordAction(tr("&New"), u"document-new"_s, QKeySequence::New, u"newAction"_s)
        ->setToolTip(tr("Create a new record (Ctrl+N)"));
    connect(m_actions.last(), &QAction::triggered, this, &RecordSection::newRecord);
    addRecordAction(tr("&Save"), u"document-save"_s, QKeySequence::Save, u"saveAction"_s);
    connect(m_actions.last(), &QAction::triggered, this, &RecordSection::save);
    QAction* remove = addRecordAction(tr("&Delete"), u"edit-delete"_s, QKeySequence::Delete, u"deleteAction"_s);
    remove->setShortcutContext(Qt::WidgetShortcut); // Delete in a text field deletes text, not the record
    m_table->addAction(remove);
    connect(remove, &QAction::triggered, this, &RecordSection::deleteSelected);
    addRecordAction(tr("&Merge…"), u"edit-copy"_s, {}, u"mergeAction"_s)
        ->setToolTip(tr("Merge the two selected records into one"));
    connect(m_actions.last(), &QAction::triggered, this, &RecordSection::mergeSelected);
    QAction* next =
        addRecordAction(tr("Ne&xt record"), u"go-down"_s, QKeySequence(Qt::ALT | Qt::Key_Down), u"nextAction"_s);
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(next, &QAction::triggered, this, &RecordSection::selectNext);
    QAction* previous =
        addRecordAction(tr("Pre&vious record"), u"go-up"_s, QKeySequence(Qt::ALT | Qt::Key_Up), u"previousAction"_s);
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previous, &QAction::triggered, this, &RecordSection::selectPrevious);
    // Navigation stays in the menu; the toolbar keeps the editing actions.
    m_toolBar->removeAction(next);
    m_toolBar->removeAction(previous);
    addRecordAction(tr("&Find"), u"edit-find"_s, QKeySequence::Find, u"findAction"_s);
    m_toolBar->removeAction(m_actions.last());
    connect(m_actions.last(), &QAction::triggered, this, &RecordSection::focusSearch);
    addSeparator();
}

RecordSection::~RecordSection() {
    QSettings settings;
    settings.beginGroup(m_tableName);
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"header"_s, m_table->horizontalHeader()->saveState());
}

void RecordSection::setDetailPane(QWidget* detail) {
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    QSettings settings;
    settings.beginGroup(m_tableName);
    if (!m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes({600, 460});
    QHeaderView* header = m_table->horizontalHeader();
    header->setSortIndicator(0, Qt::AscendingOrder);
    header->restoreState(settings.value(u"header"_s).toByteArray());
    if (!m_model->isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(0, Qt::AscendingOrder);
    RecordTable::setUp(m_table, 0, m_tableName); // after the restored header: the widths are fitted anew
    m_sortColumn = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    m_table->setSortingEnabled(true);
    updateEmptyState();
    // Open on the first record rather than an empty form: the list is what the user came for.
    if (const QString first = m_model->idAt(0); !first.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, first] {
                if (m_currentId.isEmpty() && !isDirty())
                    openRecord(first);
            },
            Qt::QueuedConnection);
}

QAction* RecordSection::addRecordAction(const QString& text, const QString& iconName, const QKeySequence& shortcut,
                                        const QString& objectName) {
    auto* action = new QAction(Icons::get(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    m_toolBar->addAction(action);
    m_actions.append(action);
    return action;
}

void RecordSection::addSeparator() {
    m_toolBar->addSeparator();
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_actions.append(separator);
}

QString RecordSection::statusText() const {
    return countText(m_model->totalCount());
}

void RecordSection::focusSearch() {
    m_filterBar->focusSearch();
}

void RecordSection::newRecord() {
    if (!confirmLeave())
        return;
    m_banner->hideMessage();
    setCurrentRecord({});
    selectQuietly({});
    startNewRecord();
}

void RecordSection::save() {
    m_banner->hideMessage();
    ++m_quiet; // rows move while the store reports the change; that is not the user navigating
    const std::optional<QString> id = saveRecord();
    --m_quiet;
    if (!id)
        return;
    setCurrentRecord(*id);
    selectQuietly(*id);
    showRecord(*id);
    if (m_banner->isHidden()) // the subclass may have said something more specific
        m_banner->showMessage(tr("Saved."), MessageBanner::Type::Positive, kSavedBannerMs);
}

void RecordSection::setCurrentRecord(const QString& id) {
    m_currentId = id;
}

QStringList RecordSection::selectedIds() const {
    QStringList ids;
    const auto rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids.append(m_model->idAt(index.row()));
    if (ids.isEmpty() && !m_currentId.isEmpty())
        ids.append(m_currentId);
    return ids;
}

void RecordSection::deleteSelected() {
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList removed;
    if (auto result = removeRecords(ids, &removed); !result)
        m_banner->showMessage(result.error().message, MessageBanner::Type::Error);
    if (removed.isEmpty())
        return;
    QPointer<RecordSection> self(this);
    const QString text = deletedText(int(removed.size()));
    const int token = m_context.undo.push(
        text,
        [self, removed]() -> Result<void> {
            if (!self)
                return fail(ErrorCode::NotFound, tr("The section was closed."));
            for (const QString& id : removed)
                if (auto result = self->restoreRecord(id); !result)
                    return result;
            if (!self->isDirty())
                self->openRecord(removed.constFirst());
            return {};
        },
        [self, removed]() -> Result<void> {
            if (!self)
                return fail(ErrorCode::NotFound, tr("The section was closed."));
            QStringList again;
            return self->removeRecords(removed, &again);
        });
    offerUndo(text, token);
}

Result<void> RecordSection::removeRecords(const QStringList& ids, QStringList* removed) {
    const int firstRow = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0;
    Result<void> result;
    ++m_quiet;
    for (const QString& id : ids) {
        result = removeRecord(id);
        if (!result)
            break;
        removed->append(id);
    }
    --m_quiet;
    if (removed->contains(m_currentId)) {
        const int row = std::min(firstRow, m_model->rowCount() - 1);
        const QString nextId = m_model->idAt(row);
        setCurrentRecord(nextId);
        selectQuietly(nextId);
        showRecord(nextId);
    }
    return result;
}

void RecordSection::offerUndo(const QString& text, int token) {
    QPointer<RecordSection> self(this);
    m_banner->showAction(
        text, MessageBanner::Type::Information, tr("Undo"),
        [self, token] {
            if (!self)
                return;
            if (auto result = self->m_context.undo.undo(token); !result)
                self->m_banner->showMessage(result.error().message, MessageBanner::Type::Error);
        },
        kUndoBannerMs);
}

void RecordSection::mergeSelected() {
    const QStringList ids = m_table->selectionModel() ? selectedIds() : QStringList();
    if (ids.size() != 2) {
        m_banner->showMessage(tr("Select exactly two records to merge (Ctrl+click the second one)."),
                              MessageBanner::Type::Information);
        return;
    }
    if (!confirmLeave())
        return;
    const auto keepIndex = MergeDialog::chooseKept(this, {recordName(ids.at(0)), recordName(ids.at(1))},
                                                   {recordSummary(ids.at(0)), recordSummary(ids.at(1))});
    if (!keepIndex)
        return;
    const QString keepId = ids.at(*keepIndex);
    const QString otherId = ids.at(1 - *keepIndex);
    ++m_quiet;
    auto merged = mergeRecords(keepId, otherId);
    --m_quiet;
    if (!merged) {
        m_banner->showMessage(merged.error().message, MessageBanner::Type::Error);
        return;
    }
    setCurrentRecord(*merged);
    selectQuietly(*merged);
    showRecord(*merged);
    m_banner->showMessage(tr("Merged into “%1”. Every activity and attachment was kept.").arg(recordName(*merged)),
                          MessageBanner::Type::Positive, kUndoBannerMs);
}

void RecordSection::openRecord(const QString& id) {
    if (id == m_currentId && !id.isEmpty()) {
        selectQuietly(id);
        return;
    }
    if (!confirmLeave())
        return;
    if (m_model->ensureLoaded(id) < 0 && m_filterBar->isFiltering()) {
        ++m_quiet;
        m_filterBar->clear();
        --m_quiet;
    }
    setCurrentRecord(id);
    selectQuietly(id);
    showRecord(id);
}

bool RecordSection::confirmLeave() {
    if (!isDirty())
        return true;
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("This record has unsaved changes. Save them before leaving?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        showRecord(m_currentId); // reload the stored version, which clears the dirty state
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    ++m_quiet;
    const auto saved = saveRecord();
    --m_quiet;
    if (saved)
        setCurrentRecord(*saved);
    return saved.has_value();
}

void RecordSection::refreshCurrentRecord() {
    if (m_currentId.isEmpty() || isDirty())
        return;
    showRecord(m_currentId);
}

void RecordSection::selectQuietly(const QString& id) {
    ++m_quiet;
    const int row = id.isEmpty() ? -1 : m_model->ensureLoaded(id);
    if (row < 0) {
        m_table->selectionModel()->clear();
    } else {
        const QModelIndex index = m_proxy->index(row, 0);
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    }
    --m_quiet;
}

void RecordSection::onCurrentChanged(const QModelIndex& current) {
    if (m_quiet > 0 || !current.isValid())
        return;
    const QString id = m_model->idAt(current.row());
    if (id == m_currentId)
        return;
    if (!confirmLeave()) {
        selectQuietly(m_currentId);
        return;
    }
    m_banner->hideMessage();
    setCurrentRecord(id);
    showRecord(id);
}

void RecordSection::onSortIndicatorChanged(int column, Qt::SortOrder order) {
    if (m_model->isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    // The store can only sort some columns; put the indicator back where the list is sorted.
    QHeaderView* header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
}

void RecordSection::moveSelection(int delta) {
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + delta : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_table->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_proxy->index(row, 0));
}

void RecordSection::updateEmptyState() {
    const bool empty = m_model->rowCount() == 0 && !m_model->canFetchMore({});
    m_emptyLabel->setText(emptyText(m_filterBar->isFiltering()));
    m_listStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_table);
}

} // namespace Fieldbook
