#include "RecordSection.h"

#include "common/MergeDialog.h"
#include "common/PagedRecords.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/SectionFilter.h"
#include "widgets/UndoHistory.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QPointer>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kUndoBannerMs = 15000;
constexpr int kSavedBannerMs = 2500;
} // namespace

RecordSection::RecordSection(AppContext& context, const RecordType& type, std::unique_ptr<PagedRecords> records,
                             QWidget* filterBar, SectionFilter* filter, QAbstractProxyModel* presentation,
                             Actions actions, QWidget* parent, QWidget* strip)
    : SectionFrame(context, type, filterBar, filter, parent, strip)
    , m_records(std::move(records))
    , m_filter(filter)
    , m_presentation(presentation) {
    PagedListModel* model = m_records->model();
    model->setParent(this);
    m_presentation->setParent(this);
    m_presentation->setSourceModel(model);
    table()->setModel(m_presentation);
    table()->horizontalHeader()->setDefaultSectionSize(140);

    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(table()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &RecordSection::onSortIndicatorChanged);
    connect(model, &PagedListModel::totalCountChanged, this, &RecordSection::statusChanged);
    connect(model, &PagedListModel::totalCountChanged, this, &RecordSection::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        selectQuietly(m_currentId);
        updateEmptyState();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordSection::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordSection::updateEmptyState);
    connect(model, &PagedListModel::loadFailed, this, &RecordSection::showError);

    createActions(actions);
}

RecordSection::~RecordSection() = default;

void RecordSection::createActions(Actions actions) {
    QAction* create = addRecordAction(tr("&New"), u"document-new"_s, QKeySequence::New, u"newAction"_s);
    connect(create, &QAction::triggered, this, &RecordSection::newRecord);
    addRecordAction(tr("&Save"), u"document-save"_s, QKeySequence::Save, u"saveAction"_s);
    connect(recordActions().last(), &QAction::triggered, this, &RecordSection::save);
    QAction* remove = addRecordAction(tr("&Delete"), u"edit-delete"_s, QKeySequence::Delete, u"deleteAction"_s);
    remove->setShortcutContext(Qt::WidgetShortcut); // Delete in a text field deletes text, not the record
    table()->addAction(remove);
    connect(remove, &QAction::triggered, this, &RecordSection::deleteSelected);
    if (actions == Actions::Editing)
        return;
    create->setToolTip(tr("Create a new record (Ctrl+N)"));
    addRecordAction(tr("&Merge…"), u"edit-copy"_s, {}, u"mergeAction"_s)
        ->setToolTip(tr("Merge the two selected records into one"));
    connect(recordActions().last(), &QAction::triggered, this, &RecordSection::mergeSelected);
    // Navigation stays in the menu; the toolbar keeps the editing actions.
    QAction* next = addRecordAction(tr("Ne&xt record"), u"go-down"_s, QKeySequence(Qt::ALT | Qt::Key_Down),
                                    u"nextAction"_s, Placement::MenuOnly);
    next->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(next, &QAction::triggered, this, &RecordSection::selectNext);
    QAction* previous = addRecordAction(tr("Pre&vious record"), u"go-up"_s, QKeySequence(Qt::ALT | Qt::Key_Up),
                                        u"previousAction"_s, Placement::MenuOnly);
    previous->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(previous, &QAction::triggered, this, &RecordSection::selectPrevious);
    addFindAction();
    addSeparator();
}

void RecordSection::setDetailPane(QWidget* detail, const QList<int>& sizes) {
    addDetailPane(detail, sizes);
    QHeaderView* header = table()->horizontalHeader();
    header->setSortIndicator(0, Qt::AscendingOrder);
    restoreListColumns(0);
    if (!m_records->isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(0, Qt::AscendingOrder);
    m_sortColumn = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    table()->setSortingEnabled(true);
    updateEmptyState();
    // Open on the first record rather than an empty form: the list is what the user came for.
    if (const QString first = m_records->idAt(0); !first.isEmpty())
        QMetaObject::invokeMethod(
            this,
            [this, first] {
                if (m_currentId.isEmpty() && !isDirty())
                    openRecord(first);
            },
            Qt::QueuedConnection);
}

QString RecordSection::statusText() const {
    return countText(m_records->totalCount());
}

void RecordSection::newRecord() {
    if (!confirmLeave())
        return;
    banner()->hideMessage();
    setCurrentRecord({});
    selectQuietly({});
    startNewRecord();
}

void RecordSection::save() {
    banner()->hideMessage();
    std::optional<QString> id;
    quietly([&] { id = saveRecord(); }); // rows move while the store reports the change
    if (!id)
        return;
    setCurrentRecord(*id);
    selectQuietly(*id);
    showRecord(*id);
    if (banner()->isHidden()) // the subclass may have said something more specific
        banner()->showMessage(tr("Saved."), MessageBanner::Type::Positive, kSavedBannerMs);
}

void RecordSection::setCurrentRecord(const QString& id) {
    m_currentId = id;
}

void RecordSection::quietly(const std::function<void()>& change) {
    ++m_quiet;
    change();
    --m_quiet;
}

QStringList RecordSection::selectedIds() const {
    QStringList ids;
    const auto rows = table()->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids.append(m_records->idAt(index.row()));
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
        showError(result.error().message);
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
    const int firstRow = table()->currentIndex().isValid() ? table()->currentIndex().row() : 0;
    Result<void> result;
    quietly([&] {
        for (const QString& id : ids) {
            result = removeRecord(id);
            if (!result)
                break;
            removed->append(id);
        }
    });
    if (removed->contains(m_currentId)) {
        const int row = std::min(firstRow, m_records->model()->rowCount() - 1);
        const QString nextId = m_records->idAt(row);
        setCurrentRecord(nextId);
        selectQuietly(nextId);
        showRecord(nextId);
    }
    return result;
}

void RecordSection::mergeSelected() {
    const QStringList ids = table()->selectionModel() ? selectedIds() : QStringList();
    if (ids.size() != 2) {
        banner()->showMessage(tr("Select exactly two records to merge (Ctrl+click the second one)."),
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
    Result<QString> merged;
    quietly([&] { merged = mergeRecords(keepId, otherId); });
    if (!merged) {
        showError(merged.error().message);
        return;
    }
    setCurrentRecord(*merged);
    selectQuietly(*merged);
    showRecord(*merged);
    banner()->showMessage(tr("Merged into “%1”. Every activity and attachment was kept.").arg(recordName(*merged)),
                          MessageBanner::Type::Positive, kUndoBannerMs);
}

void RecordSection::openRecord(const QString& id) {
    if (id == m_currentId && !id.isEmpty()) {
        selectQuietly(id);
        return;
    }
    if (!confirmLeave())
        return;
    if (m_records->ensureLoaded(id) < 0 && m_filter->isFiltering())
        quietly([this] { m_filter->clear(); });
    setCurrentRecord(id);
    selectQuietly(id);
    showRecord(id);
}

bool RecordSection::confirmLeave() {
    if (!isDirty())
        return true;
    const auto answer =
        MessageBox::question(this, tr("Unsaved changes"), unsavedQuestion(),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard) {
        showRecord(m_currentId); // reload the stored version, which clears the dirty state
        return true;
    }
    if (answer != QMessageBox::Save)
        return false;
    std::optional<QString> saved;
    quietly([&] { saved = saveRecord(); });
    if (saved)
        setCurrentRecord(*saved);
    return saved.has_value();
}

QString RecordSection::unsavedQuestion() const {
    return tr("This record has unsaved changes. Save them before leaving?");
}

Result<QString> RecordSection::mergeRecords(const QString& /*keepId*/, const QString& /*otherId*/) {
    return fail(ErrorCode::Unsupported, tr("These records cannot be merged."));
}

QString RecordSection::recordName(const QString& /*id*/) const {
    return {};
}

QString RecordSection::recordSummary(const QString& /*id*/) const {
    return {};
}

void RecordSection::refreshCurrentRecord() {
    if (m_currentId.isEmpty() || isDirty())
        return;
    showRecord(m_currentId);
}

void RecordSection::selectQuietly(const QString& id) {
    quietly([&] {
        const int row = id.isEmpty() ? -1 : m_records->ensureLoaded(id);
        if (row < 0) {
            table()->selectionModel()->clear();
            return;
        }
        const QModelIndex index = m_presentation->index(row, 0);
        table()->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table()->scrollTo(index);
    });
}

void RecordSection::onCurrentChanged(const QModelIndex& current) {
    if (m_quiet > 0 || !current.isValid())
        return;
    const QString id = m_records->idAt(current.row());
    if (id == m_currentId)
        return;
    if (!confirmLeave()) {
        selectQuietly(m_currentId);
        return;
    }
    banner()->hideMessage();
    setCurrentRecord(id);
    showRecord(id);
}

void RecordSection::onSortIndicatorChanged(int column, Qt::SortOrder order) {
    if (m_records->isSortable(column)) {
        m_sortColumn = column;
        m_sortOrder = order;
        return;
    }
    // The store can only sort some columns; put the indicator back where the list is sorted.
    QHeaderView* header = table()->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
}

void RecordSection::moveSelection(int delta) {
    QAbstractItemModel* model = m_records->model();
    const int row = table()->currentIndex().isValid() ? table()->currentIndex().row() + delta : 0;
    if (row >= model->rowCount() && model->canFetchMore({}))
        model->fetchMore({});
    if (row < 0 || row >= model->rowCount())
        return;
    table()->selectionModel()->setCurrentIndex(m_presentation->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table()->scrollTo(m_presentation->index(row, 0));
}

void RecordSection::updateEmptyState() {
    const QAbstractItemModel* model = m_records->model();
    const bool empty = model->rowCount() == 0 && !model->canFetchMore({});
    showView(table(), empty, emptyText(m_filter->isFiltering()));
}

} // namespace Fieldbook
