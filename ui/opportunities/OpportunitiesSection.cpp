#include "OpportunitiesSection.h"

#include "BoardColumn.h"
#include "BoardText.h"
#include "OpportunityDialog.h"
#include "OpportunityEditor.h"
#include "OpportunityFilterBar.h"
#include "OpportunityListPresentation.h"
#include "PipelineBoardView.h"
#include "StageMove.h"
#include "models/OpportunityListModel.h"
#include "models/PipelineBoardModel.h"
#include "services/CurrencySettings.h"
#include "store/Database.h"
#include "store/OpportunityRepository.h"
#include "store/PipelineRepository.h"
#include "store/StoreEvents.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/RecordTable.h"
#include "widgets/UndoHistory.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
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
const QString kSettingsGroup = u"opportunities"_s;
} // namespace

OpportunitiesSection::OpportunitiesSection(AppContext& context, QWidget* parent)
    : WorkspaceSection(parent)
    , m_context(context)
    , m_pipeline(Pipeline::standard())
    , m_toolBar(new QToolBar(this))
    , m_banner(new MessageBanner(this))
    , m_filterBar(new OpportunityFilterBar(context.db, m_pipeline, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this)) {
    setObjectName(u"opportunitiesSection"_s);
    m_toolBar->setObjectName(u"sectionToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);
    m_banner->floatOver(m_stack);
    createActions();

    connect(m_filterBar, &OpportunityFilterBar::filterChanged, this, [this](const OpportunityFilter& filter) {
        if (!m_boardModel)
            return;              // read when the content is created
        OpportunityFilter board; // the board has a column per stage and shows every close date
        board.text = filter.text;
        board.ownerId = filter.ownerId;
        m_boardModel->setFilter(board);
        m_listModel->setFilter(filter);
    });
    connect(context.db.events(), &StoreEvents::tableReset, this, [this](const QString& table) {
        if (table == u"users")
            m_filterBar->reloadOwners();
    });
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    setMode(settings.value(u"view"_s).toString() == u"list" ? Mode::List : Mode::Board);
}

void OpportunitiesSection::showEvent(QShowEvent* event) {
    ensureContent();
    WorkspaceSection::showEvent(event);
}

void OpportunitiesSection::ensureContent() {
    if (m_boardModel)
        return;
    m_list = new QTableView(this);
    m_stack->addWidget(m_list);
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    m_pipeline.key = settings.value(u"pipeline"_s, m_pipeline.key).toString(); // the one chosen last time
    reloadPipelines();
    createModels();
    createList();
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { openOpportunity(m_listModel->idAt(index.row())); });
    connect(m_context.db.events(), &StoreEvents::recordsChanged, this, [this](const QString& table) {
        if (table == u"pipelines")
            reloadPipelines();
    });
    connect(m_context.db.events(), &StoreEvents::tableReset, this, [this](const QString& table) {
        if (table == u"pipelines")
            reloadPipelines();
    });
    m_list->horizontalHeader()->restoreState(settings.value(u"header"_s).toByteArray());
    RecordTable::setUp(m_list, OpportunityListModel::Name, kSettingsGroup); // after the restored header
    updateEmptyState();
}

void OpportunitiesSection::reloadPipelines() {
    auto pipelines = PipelineRepository(m_context.db).pipelines();
    if (!pipelines) {
        m_banner->showMessage(pipelines.error().message, MessageBanner::Type::Error);
        return;
    }
    m_pipelines = *pipelines;
    const auto chosen = std::find_if(m_pipelines.cbegin(), m_pipelines.cend(),
                                     [this](const Pipeline& p) { return p.key == m_pipeline.key; });
    const Pipeline& show = chosen == m_pipelines.cend() ? m_pipelines.constFirst() : *chosen;
    {
        const QSignalBlocker blocker(m_pipelineChooser);
        m_pipelineChooser->clear();
        for (const Pipeline& p : std::as_const(m_pipelines))
            m_pipelineChooser->addItem(p.name, p.key);
        m_pipelineChooser->setCurrentIndex(std::max(0, m_pipelineChooser->findData(show.key)));
    }
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
    settings.beginGroup(kSettingsGroup);
    settings.setValue(u"pipeline"_s, key);
    {
        const QSignalBlocker blocker(m_pipelineChooser);
        m_pipelineChooser->setCurrentIndex(std::max(0, m_pipelineChooser->findData(key)));
    }
    m_filterBar->setPipeline(m_pipeline);
    createModels();
}

void OpportunitiesSection::createModels() {
    // The models and the board are made for one pipeline; another one gets new ones. The list view
    // stays, with its column widths and sort order.
    QByteArray header;
    QAbstractItemModel* oldPresentation = m_list->model();
    if (oldPresentation)
        header = m_list->horizontalHeader()->saveState();
    if (m_board) {
        m_stack->removeWidget(m_board);
        delete m_board;
    }
    auto* presentation = new OpportunityListPresentation(m_list);
    m_listModel = new OpportunityListModel(m_context.db, m_pipeline, this);
    presentation->setSourceModel(m_listModel);
    QItemSelectionModel* oldSelection = m_list->selectionModel();
    m_list->setModel(presentation);
    if (oldPresentation) {
        QObject* oldListModel = static_cast<QAbstractProxyModel*>(oldPresentation)->sourceModel();
        delete oldSelection; // the view does not delete the selection model of its old model
        delete oldPresentation;
        delete oldListModel;
        delete m_boardModel;
        m_list->horizontalHeader()->restoreState(header);
        m_list->sortByColumn(m_list->horizontalHeader()->sortIndicatorSection(),
                             m_list->horizontalHeader()->sortIndicatorOrder());
    }
    m_boardModel = new PipelineBoardModel(m_context.db, m_pipeline, CurrencySettings::load(m_context.db), this);
    m_board = new PipelineBoardView(m_boardModel, this);
    m_stack->addWidget(m_board);
    for (QAction* action : std::as_const(m_actions))
        if (action->objectName() == u"deleteAction") {
            m_board->addAction(action);
            m_list->addAction(action);
        }

    connect(m_board, &PipelineBoardView::opportunityActivated, this, &OpportunitiesSection::openOpportunity);
    connect(m_board, &PipelineBoardView::cardsDropped, this, &OpportunitiesSection::moveToStage);
    for (auto* model : {static_cast<QAbstractItemModel*>(m_boardModel), static_cast<QAbstractItemModel*>(m_listModel)})
        connect(model, &QAbstractItemModel::modelReset, this, &OpportunitiesSection::updateEmptyState);
    connect(m_boardModel, &PipelineBoardModel::totalsChanged, this, &OpportunitiesSection::updateEmptyState);
    connect(m_listModel, &OpportunityListModel::totalCountChanged, this, &OpportunitiesSection::updateEmptyState);
    connect(m_boardModel, &PipelineBoardModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });
    connect(m_listModel, &OpportunityListModel::loadFailed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });

    const OpportunityFilter filter = m_filterBar->filter();
    OpportunityFilter board;
    board.text = filter.text;
    board.ownerId = filter.ownerId;
    m_boardModel->setFilter(board);
    m_listModel->setFilter(filter);
    updateEmptyState();
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
    return m_list;
}

OpportunitiesSection::~OpportunitiesSection() {
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(u"view"_s, mode() == Mode::List ? u"list"_s : u"board"_s);
    if (m_list)
        settings.setValue(u"header"_s, m_list->horizontalHeader()->saveState());
}

void OpportunitiesSection::createList() {
    m_list->setObjectName(u"opportunityList"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->horizontalHeader()->setDefaultSectionSize(130);
    m_list->horizontalHeader()->setSortIndicator(OpportunityListModel::CloseDate, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
}

QAction* OpportunitiesSection::addAction(const QString& text, const QString& icon, const QKeySequence& shortcut,
                                         const QString& objectName) {
    auto* action = new QAction(Icons::get(icon), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    m_toolBar->addAction(action);
    m_actions.append(action);
    return action;
}

void OpportunitiesSection::createActions() {
    connect(addAction(tr("&New"), u"document-new"_s, QKeySequence::New, u"newAction"_s), &QAction::triggered, this,
            &OpportunitiesSection::newOpportunity);
    connect(addAction(tr("&Open…"), u"document-open"_s, {}, u"openAction"_s), &QAction::triggered, this,
            [this] { openOpportunity(currentId()); });
    QAction* remove = addAction(tr("&Delete"), u"edit-delete"_s, QKeySequence::Delete, u"deleteAction"_s);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut); // on the board and list; the search field keeps Delete
    connect(remove, &QAction::triggered, this, &OpportunitiesSection::deleteCurrent);
    m_toolBar->addSeparator();
    QAction* next = addAction(tr("Move to ne&xt stage"), u"go-next"_s,
                              QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), u"nextStageAction"_s);
    connect(next, &QAction::triggered, this, [this] { moveCurrent(+1); });
    QAction* previous = addAction(tr("Move to pre&vious stage"), u"go-previous"_s,
                                  QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), u"previousStageAction"_s);
    connect(previous, &QAction::triggered, this, [this] { moveCurrent(-1); });
    m_toolBar->removeAction(next); // in the menu, not the toolbar
    m_toolBar->removeAction(previous);
    QAction* find = addAction(tr("&Find"), u"edit-find"_s, QKeySequence::Find, u"findAction"_s);
    m_toolBar->removeAction(find);
    connect(find, &QAction::triggered, m_filterBar, &OpportunityFilterBar::focusSearch);

    auto* views = new QActionGroup(this);
    m_boardAction =
        addAction(tr("&Board"), u"view-grid"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), u"boardViewAction"_s);
    m_listAction = addAction(tr("&List"), u"view-list-details"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                             u"listViewAction"_s);
    for (QAction* action : {m_boardAction, m_listAction}) {
        action->setCheckable(true);
        views->addAction(action);
    }
    m_toolBar->insertSeparator(m_boardAction);
    connect(m_boardAction, &QAction::triggered, this, [this] { setMode(Mode::Board); });
    connect(m_listAction, &QAction::triggered, this, [this] { setMode(Mode::List); });

    // Shown when the organisation has more than one pipeline (reloadPipelines()).
    auto* chooser = new QWidget(m_toolBar);
    auto* chooserLayout = new QHBoxLayout(chooser);
    chooserLayout->setContentsMargins(8, 0, 0, 0);
    auto* label = new QLabel(tr("&Pipeline:"), chooser);
    m_pipelineChooser = new QComboBox(chooser);
    m_pipelineChooser->setObjectName(u"pipelineChooser"_s);
    m_pipelineChooser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipelineChooser->setToolTip(tr("The pipeline the board and the list show"));
    label->setBuddy(m_pipelineChooser);
    chooserLayout->addWidget(label);
    chooserLayout->addWidget(m_pipelineChooser);
    m_toolBar->addSeparator();
    m_pipelineChooserAction = m_toolBar->addWidget(chooser);
    m_pipelineChooserAction->setVisible(false);
    connect(m_pipelineChooser, &QComboBox::currentIndexChanged, this,
            [this] { choosePipeline(m_pipelineChooser->currentData().toString()); });
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
    return m_listModel->idAt(m_list->currentIndex().row());
}

void OpportunitiesSection::updateEmptyState() {
    if (!m_boardModel)
        return;
    const bool list = mode() == Mode::List;
    const int count = list ? m_listModel->totalCount() : m_boardModel->totalCount();
    // A filtered board keeps its columns (a drop target for every stage); only an empty store
    // or an empty filtered list shows the empty text.
    const bool filtering = m_filterBar->isFiltering();
    const bool empty = count == 0 && (list || !filtering);
    m_emptyLabel->setText(filtering ? tr("No opportunities match the filter.")
                                    : tr("No opportunities yet — press Ctrl+N to add one."));
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel)
                                    : (list ? static_cast<QWidget*>(m_list) : static_cast<QWidget*>(m_board)));
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
    m_banner->showMessage(tr("“%1” added.").arg(dialog.saved().name), MessageBanner::Type::Positive, kSavedBannerMs);
    m_board->selectCard(dialog.saved().id);
}

void OpportunitiesSection::openOpportunity(const QString& id) {
    ensureContent();
    if (id.isEmpty())
        return;
    auto opportunity = OpportunityRepository(m_context.db).get(id);
    if (!opportunity) {
        m_banner->showMessage(opportunity.error().message, MessageBanner::Type::Error);
        return;
    }
    OpportunityDialog dialog(m_context, *opportunity, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_banner->showMessage(tr("Saved."), MessageBanner::Type::Positive, kSavedBannerMs);
    m_board->selectCard(id);
}

void OpportunitiesSection::deleteCurrent() {
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString name = nameOf(id);
    if (auto removed = OpportunityRepository(m_context.db).remove(id); !removed) {
        m_banner->showMessage(removed.error().message, MessageBanner::Type::Error);
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
        m_banner->showMessage(o.error().message, MessageBanner::Type::Error);
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

void OpportunitiesSection::offerUndo(const QString& text, int token) {
    QPointer<OpportunitiesSection> self(this);
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

} // namespace Fieldbook
