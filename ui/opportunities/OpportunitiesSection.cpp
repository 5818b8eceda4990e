#include "OpportunitiesSection.h"

#include "BoardColumn.h"
#include "BoardText.h"
#include "OpportunityDialog.h"
#include "OpportunityEditor.h"
#include "OpportunityFilterBar.h"
#include "OpportunityListPresentation.h"
#include "PipelineBoardView.h"
#include "PipelineChooser.h"
#include "StageMove.h"
#include "models/OpportunityListModel.h"
#include "models/PipelineBoardModel.h"
#include "protocol/RecordType.h"
#include "store/records/CurrencySettings.h"
#include "store/db/Database.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/PipelineRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kSavedBannerMs = 2500;
} // namespace

OpportunitiesSection::OpportunitiesSection(AppContext& context, QWidget* parent)
    : OpportunitiesSection(context, new OpportunityFilterBar(context.db, Pipeline::standard()), parent) {}

OpportunitiesSection::OpportunitiesSection(AppContext& context, OpportunityFilterBar* filterBar, QWidget* parent)
    : SectionFrame(context, RecordType::opportunities(), filterBar, filterBar, parent)
    , m_pipeline(Pipeline::standard())
    , m_filterBar(filterBar) {
    setObjectName(u"opportunitiesSection"_s);
    createActions();
    connect(m_filterBar, &OpportunityFilterBar::filterChanged, this, &OpportunitiesSection::applyFilter);
    onStoreChange(RecordType::users(), StoreChange::Reset, [this] { m_filterBar->reloadOwners(); });
    QSettings settings;
    settings.beginGroup(settingsGroup());
    setMode(settings.value(u"view"_s).toString() == u"list" ? Mode::List : Mode::Board);
}

void OpportunitiesSection::showEvent(QShowEvent* event) {
    ensureContent();
    SectionFrame::showEvent(event);
}

void OpportunitiesSection::ensureContent() {
    if (m_boardModel)
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    m_pipeline.key = settings.value(u"pipeline"_s, m_pipeline.key).toString(); // the one chosen last time
    reloadPipelines();
    createModels();
    setUpList();
    onStoreChange(RecordType::pipelines(), StoreChange::Records | StoreChange::Reset, [this] { reloadPipelines(); });
    restoreListColumns(OpportunityListModel::Name);
    updateEmptyState();
}

void OpportunitiesSection::setUpList() {
    QTableView* list = table();
    list->setObjectName(u"opportunityList"_s);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->horizontalHeader()->setDefaultSectionSize(130);
    list->horizontalHeader()->setSortIndicator(OpportunityListModel::CloseDate, Qt::AscendingOrder);
    list->setSortingEnabled(true);
    connect(list, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openOpportunity(m_listModel->idAt(index.row())); });
}

void OpportunitiesSection::reloadPipelines() {
    auto pipelines = PipelineRepository(m_context.db).pipelines();
    if (!pipelines) {
        showError(pipelines.error().message);
        return;
    }
    m_pipelines = *pipelines;
    const auto chosen = std::find_if(m_pipelines.cbegin(), m_pipelines.cend(),
                                     [this](const Pipeline& p) { return p.key == m_pipeline.key; });
    const Pipeline& show = chosen == m_pipelines.cend() ? m_pipelines.constFirst() : *chosen;
    m_pipelineChooser->setPipelines(m_pipelines, show.key);
    m_pipelineChooserAction->setVisible(m_pipelines.size() > 1);
    if (show == m_pipeline)
        return;
    m_pipeline = show;
    m_filterBar->setPipeline(m_pipeline);
    if (m_boardModel) // a pipeline changed in the settings or by sync: its columns and stages change
        createModels();
}

void OpportunitiesSection::choosePipeline(const QString& key) {
    ensureContent();
    const auto it =
        std::find_if(m_pipelines.cbegin(), m_pipelines.cend(), [&](const Pipeline& p) { return p.key == key; });
    if (it == m_pipelines.cend() || it->key == m_pipeline.key)
        return;
    m_pipeline = *it;
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(u"pipeline"_s, key);
    m_pipelineChooser->setCurrent(key);
    m_filterBar->setPipeline(m_pipeline);
    createModels();
}

void OpportunitiesSection::createModels() {
    // The models and the board are made for one pipeline; another one gets new ones. The list view
    // stays, with its column widths and sort order.
    if (m_board) {
        removeView(m_board);
        delete m_board;
    }
    replaceListModel();
    m_boardModel = new PipelineBoardModel(m_context.db, m_pipeline, CurrencySettings::load(m_context.db), this);
    m_board = new PipelineBoardView(m_boardModel, this);
    addView(m_board);
    m_board->addAction(m_deleteAction);
    table()->addAction(m_deleteAction);

    connect(m_board, &PipelineBoardView::opportunityActivated, this, &OpportunitiesSection::openOpportunity);
    connect(m_board, &PipelineBoardView::cardsDropped, this, &OpportunitiesSection::moveToStage);
    for (auto* model : {static_cast<QAbstractItemModel*>(m_boardModel), static_cast<QAbstractItemModel*>(m_listModel)})
        connect(model, &QAbstractItemModel::modelReset, this, &OpportunitiesSection::updateEmptyState);
    connect(m_boardModel, &PipelineBoardModel::totalsChanged, this, &OpportunitiesSection::updateEmptyState);
    connect(m_listModel, &OpportunityListModel::totalCountChanged, this, &OpportunitiesSection::updateEmptyState);
    connect(m_boardModel, &PipelineBoardModel::loadFailed, this, &OpportunitiesSection::showError);
    connect(m_listModel, &OpportunityListModel::loadFailed, this, &OpportunitiesSection::showError);
    applyFilter();
    updateEmptyState();
}

void OpportunitiesSection::replaceListModel() {
    QTableView* list = table();
    QByteArray header;
    QAbstractItemModel* oldPresentation = list->model();
    if (oldPresentation)
        header = list->horizontalHeader()->saveState();
    auto* presentation = new OpportunityListPresentation(list);
    m_listModel = new OpportunityListModel(m_context.db, m_pipeline, this);
    presentation->setSourceModel(m_listModel);
    QItemSelectionModel* oldSelection = list->selectionModel();
    list->setModel(presentation);
    if (!oldPresentation)
        return;
    QObject* oldListModel = static_cast<QAbstractProxyModel*>(oldPresentation)->sourceModel();
    delete oldSelection; // the view does not delete the selection model of its old model
    delete oldPresentation;
    delete oldListModel;
    delete m_boardModel;
    list->horizontalHeader()->restoreState(header);
    list->sortByColumn(list->horizontalHeader()->sortIndicatorSection(),
                       list->horizontalHeader()->sortIndicatorOrder());
}

void OpportunitiesSection::applyFilter() {
    if (!m_boardModel)
        return; // read when the content is created
    const OpportunityFilter filter = m_filterBar->filter();
    OpportunityFilter board; // the board has a column per stage and shows every close date
    board.text = filter.text;
    board.ownerId = filter.ownerId;
    board.needsAttention = filter.needsAttention;
    m_boardModel->setFilter(board);
    m_listModel->setFilter(filter);
}

PipelineBoardModel* OpportunitiesSection::boardModel() {
    ensureContent();
    return m_boardModel;
}

OpportunityListModel* OpportunitiesSection::listModel() {
    ensureContent();
    return m_listModel;
}

PipelineBoardView* OpportunitiesSection::board() {
    ensureContent();
    return m_board;
}

QTableView* OpportunitiesSection::list() {
    ensureContent();
    return table();
}

OpportunitiesSection::~OpportunitiesSection() {
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(u"view"_s, mode() == Mode::List ? u"list"_s : u"board"_s);
}

void OpportunitiesSection::createActions() {
    connect(addRecordAction(tr("&New"), u"document-new"_s, QKeySequence::New, u"newAction"_s), &QAction::triggered,
            this, &OpportunitiesSection::newOpportunity);
    connect(addRecordAction(tr("&Open…"), u"document-open"_s, {}, u"openAction"_s), &QAction::triggered, this,
            [this] { openOpportunity(currentId()); });
    m_deleteAction = addRecordAction(tr("&Delete"), u"edit-delete"_s, QKeySequence::Delete, u"deleteAction"_s);
    // On the board and the list (createModels()); the search field keeps Delete.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &OpportunitiesSection::deleteCurrent);
    addSeparator(Placement::ToolBarOnly);
    connect(addRecordAction(tr("Move to ne&xt stage"), u"go-next"_s, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
                            u"nextStageAction"_s, Placement::MenuOnly),
            &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(addRecordAction(tr("Move to pre&vious stage"), u"go-previous"_s,
                            QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), u"previousStageAction"_s,
                            Placement::MenuOnly),
            &QAction::triggered, this, [this] { moveCurrent(-1); });
    addFindAction();

    addSeparator(Placement::ToolBarOnly);
    auto* views = new QActionGroup(this);
    m_boardAction = addRecordAction(tr("&Board"), u"view-grid"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                                    u"boardViewAction"_s);
    m_listAction = addRecordAction(tr("&List"), u"view-list-details"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                   u"listViewAction"_s);
    for (QAction* action : {m_boardAction, m_listAction}) {
        action->setCheckable(true);
        views->addAction(action);
    }
    connect(m_boardAction, &QAction::triggered, this, [this] { setMode(Mode::Board); });
    connect(m_listAction, &QAction::triggered, this, [this] { setMode(Mode::List); });

    // Shown when the organisation has more than one pipeline (reloadPipelines()).
    m_pipelineChooser = new PipelineChooser(toolBar());
    addSeparator(Placement::ToolBarOnly);
    m_pipelineChooserAction = toolBar()->addWidget(m_pipelineChooser);
    m_pipelineChooserAction->setVisible(false);
    connect(m_pipelineChooser, &PipelineChooser::chosen, this, &OpportunitiesSection::choosePipeline);
}

OpportunitiesSection::Mode OpportunitiesSection::mode() const {
    return m_listAction->isChecked() ? Mode::List : Mode::Board;
}

void OpportunitiesSection::setMode(Mode mode) {
    (mode == Mode::List ? m_listAction : m_boardAction)->setChecked(true);
    m_filterBar->setListMode(mode == Mode::List);
    updateEmptyState();
    emit statusChanged();
}

QString OpportunitiesSection::statusText() const {
    if (!m_boardModel)
        return {};
    return BoardText::count(mode() == Mode::List ? m_listModel->totalCount() : m_boardModel->totalCount());
}

QString OpportunitiesSection::currentId() const {
    if (!m_boardModel)
        return {};
    if (mode() == Mode::Board)
        return m_board->currentId();
    return m_listModel->idAt(table()->currentIndex().row());
}

void OpportunitiesSection::updateEmptyState() {
    if (!m_boardModel)
        return;
    const bool list = mode() == Mode::List;
    const int count = list ? m_listModel->totalCount() : m_boardModel->totalCount();
    // A filtered board keeps its columns (a drop target for every stage); only an empty store
    // or an empty filtered list shows the empty text.
    const bool filtering = m_filterBar->isFiltering();
    showView(list ? static_cast<QWidget*>(table()) : m_board, count == 0 && (list || !filtering),
             filtering ? tr("No opportunities match the filter.")
                       : tr("No opportunities yet — press Ctrl+N to add one."));
    emit statusChanged();
}

void OpportunitiesSection::reloadCurrencySettings() {
    if (!m_boardModel)
        return; // read when the content is created
    m_boardModel->setCurrencyRates(CurrencySettings::load(m_context.db));
    for (BoardColumn* column : m_board->columns())
        column->updateSummary(); // the figures name the reporting currency even where they stay the same
}

QString OpportunitiesSection::nameOf(const QString& id) const {
    auto o = OpportunityRepository(m_context.db).get(id);
    return o ? o->name : QString();
}

void OpportunitiesSection::newOpportunity() {
    ensureContent();
    Opportunity draft;
    draft.currency = m_boardModel->currencyRates().reportingCurrency();
    draft.closeDate = QDate::currentDate().addDays(30);
    draft.pipeline = m_pipeline.key;
    draft.stage = m_pipeline.stages.constFirst().key;
    draft.ownerId = m_context.db.localUserId();
    OpportunityDialog dialog(m_context, draft, this);
    dialog.editor()->focusFirstField();
    if (dialog.exec() != QDialog::Accepted)
        return;
    banner()->showMessage(tr("“%1” added.").arg(dialog.saved().name), MessageBanner::Type::Positive, kSavedBannerMs);
    m_board->selectCard(dialog.saved().id);
}

void OpportunitiesSection::openOpportunity(const QString& id) {
    ensureContent();
    if (id.isEmpty())
        return;
    auto opportunity = OpportunityRepository(m_context.db).get(id);
    if (!opportunity) {
        showError(opportunity.error().message);
        return;
    }
    OpportunityDialog dialog(m_context, *opportunity, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    banner()->showMessage(tr("Saved."), MessageBanner::Type::Positive, kSavedBannerMs);
    m_board->selectCard(id);
}

void OpportunitiesSection::deleteCurrent() {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString name = nameOf(id);
    if (auto removed = OpportunityRepository(m_context.db).remove(id); !removed) {
        showError(removed.error().message);
        return;
    }
    Database* db = &m_context.db;
    const int token = m_context.undo.push(
        tr("Opportunity deleted"), [db, id]() { return OpportunityRepository(*db).restore(id); },
        [db, id]() { return OpportunityRepository(*db).remove(id); });
    offerUndo(tr("“%1” deleted.").arg(name), token);
}

void OpportunitiesSection::moveCurrent(int direction) {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    auto o = OpportunityRepository(m_context.db).get(id);
    if (!o) {
        showError(o.error().message);
        return;
    }
    const qsizetype to = m_pipeline.indexOf(o->stage) + direction;
    if (to >= 0 && to < m_pipeline.stages.size())
        moveToStage({id}, m_pipeline.stages.at(to).key);
}

void OpportunitiesSection::moveToStage(const QStringList& ids, const QString& stageKey) {
    ensureContent();
    const auto outcome = StageMove::run(m_context, this, m_pipeline, ids, stageKey);
    if (!outcome)
        return;
    if (!outcome->error.isEmpty()) // refused: nothing moved, and the message stays visible
        m_banner->showMessage(outcome->error, MessageBanner::Type::Error);
    else if (outcome->undoToken != 0)
        offerUndo(outcome->text, outcome->undoToken);
    if (!outcome->firstId.isEmpty())
        m_board->selectCard(outcome->firstId);
}

} // namespace Fieldbook
