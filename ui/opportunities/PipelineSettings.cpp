#include "PipelineSettings.h"

#include "PipelineStageDelegate.h"
#include "store/records/PipelineRepository.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

using Column = PipelineStageDelegate::Column;

bool definitionChanged(const Pipeline& a, const Pipeline& b) {
    return a.name != b.name || a.stages != b.stages;
}

/// `base`, or `base 2`, `base 3`... whichever `taken` does not have yet.
QString unusedName(const QString& base, const QStringList& taken) {
    QString name = base;
    for (int i = 2; taken.contains(name, Qt::CaseInsensitive); ++i)
        name = u"%1 %2"_s.arg(base).arg(i);
    return name;
}

} // namespace

PipelineSettings::PipelineSettings(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(Icons::get(u"list-add"_s), tr("&New pipeline"), this))
    , m_rename(new QPushButton(tr("Rena&me"), this))
    , m_active(new QPushButton(this))
    , m_stagesLabel(new QLabel(this))
    , m_stages(new QTableWidget(0, PipelineStageDelegate::ColumnCount, this))
    , m_addStage(new QPushButton(Icons::get(u"list-add"_s), tr("Add &stage"), this))
    , m_removeStage(new QPushButton(Icons::get(u"list-remove"_s), tr("Remo&ve stage"), this))
    , m_up(new QPushButton(Icons::get(u"go-up"_s, QStyle::SP_ArrowUp), tr("Move &up"), this))
    , m_down(new QPushButton(Icons::get(u"go-down"_s, QStyle::SP_ArrowDown), tr("Move do&wn"), this))
    , m_problem(new MessageBanner(this))
    , m_note(new QLabel(this)) {
    setObjectName(u"pipelineSettings"_s);
    PipelineRepository repository(db);
    m_editable = repository.canEdit();
    if (auto pipelines = repository.pipelines(true)) {
        for (const Pipeline& p : std::as_const(*pipelines))
            m_entries.append({p, p, false});
    } else {
        m_entries.append({Pipeline::standard(), Pipeline::standard(), false});
        m_problem->showMessage(pipelines.error().message, MessageBanner::Type::Error);
    }
    createLayout();
    fillList();
    showStages();
    updateProblem();
}

void PipelineSettings::createLayout() {
    m_list->setObjectName(u"pipelineList"_s);
    m_list->setMaximumHeight(fontMetrics().height() * 6);
    m_add->setObjectName(u"addPipelineButton"_s);
    m_rename->setObjectName(u"renamePipelineButton"_s);
    m_active->setObjectName(u"pipelineActiveButton"_s);
    m_stagesLabel->setObjectName(u"stagesLabel"_s);
    m_stagesLabel->setBuddy(m_stages);
    m_stages->setObjectName(u"stagesTable"_s);
    setUpStagesTable();
    m_addStage->setObjectName(u"addStageButton"_s);
    m_removeStage->setObjectName(u"removeStageButton"_s);
    m_up->setObjectName(u"moveStageUpButton"_s);
    m_down->setObjectName(u"moveStageDownButton"_s);
    m_problem->setObjectName(u"pipelineProblem"_s);
    m_note->setObjectName(u"pipelineNote"_s);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(m_editable ? tr("Pipelines apply to everyone in the organisation. Opportunities keep their stage "
                                    "when it is renamed; a stage that opportunities are in cannot be removed.")
                               : tr("Only managers and admins change the pipelines; they apply to everyone in the "
                                    "organisation."));
    addMoveShortcuts();
    placeWidgets();
    connectWidgets();
}

void PipelineSettings::setUpStagesTable() {
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Probability"), tr("Forecast category"), tr("Outcome")});
    m_stages->setItemDelegate(new PipelineStageDelegate(m_stages));
    m_stages->verticalHeader()->hide();
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_stages->horizontalHeader()->setSectionResizeMode(Column::Name, QHeaderView::Stretch);
    m_stages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stages->setSelectionMode(QAbstractItemView::SingleSelection);
    // Room for the standard pipeline's six stages, and for names beside the three narrow columns.
    const int rowHeight = fontMetrics().height() + 8;
    m_stages->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_stages->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_stages->setMinimumHeight(rowHeight * 8);
    m_stages->setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_stages->setEditTriggers(m_editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
}

void PipelineSettings::addMoveShortcuts() {
    for (auto [button, delta, key] : {std::tuple{m_up, -1, Qt::Key_Up}, std::tuple{m_down, +1, Qt::Key_Down}}) {
        auto* action = new QAction(button->text(), m_stages);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_stages->addAction(action);
        button->setToolTip(action->shortcut().toString(QKeySequence::NativeText));
        connect(action, &QAction::triggered, this, [this, delta] { moveStage(delta); });
        connect(button, &QPushButton::clicked, this, [this, delta] { moveStage(delta); });
    }
}

void PipelineSettings::placeWidgets() {
    auto* pipelinesLabel = new QLabel(tr("Pipe&lines:"), this);
    pipelinesLabel->setBuddy(m_list);
    auto* grid = new QGridLayout(this);
    grid->addWidget(pipelinesLabel, 0, 0);
    grid->addWidget(m_list, 1, 0);
    auto* pipelineButtons = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_rename, m_active})
        pipelineButtons->addWidget(b);
    pipelineButtons->addStretch(1);
    grid->addLayout(pipelineButtons, 1, 1);
    grid->addWidget(m_stagesLabel, 2, 0);
    grid->addWidget(m_stages, 3, 0);
    auto* stageButtons = new QVBoxLayout;
    for (QPushButton* b : {m_addStage, m_removeStage, m_up, m_down})
        stageButtons->addWidget(b);
    stageButtons->addStretch(1);
    grid->addLayout(stageButtons, 3, 1);
    grid->addWidget(m_note, 4, 0, 1, 2);
    m_problem->floatOver(m_stages);
    grid->setRowStretch(3, 1);
    grid->setColumnStretch(0, 1);
}

void PipelineSettings::connectWidgets() {
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showStages();
        updateProblem();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int row = m_list->row(item);
        if (row < 0 || row >= m_entries.size())
            return;
        m_entries[row].pipeline.name = item->text().trimmed();
        if (row == m_list->currentRow())
            m_stagesLabel->setText(tr("S&tages of “%1”:").arg(m_entries.at(row).pipeline.name));
        updateProblem();
    });
    connect(m_stages, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) { readRow(item->row()); });
    connect(m_stages, &QTableWidget::currentCellChanged, this, &PipelineSettings::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &PipelineSettings::addPipeline);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem()) {
            m_list->setFocus();
            m_list->editItem(item);
        }
    });
    connect(m_active, &QPushButton::clicked, this, &PipelineSettings::toggleActive);
    connect(m_addStage, &QPushButton::clicked, this, &PipelineSettings::addStage);
    connect(m_removeStage, &QPushButton::clicked, this, &PipelineSettings::removeStage);
}

QList<Pipeline> PipelineSettings::pipelines() const {
    QList<Pipeline> list;
    for (const Entry& e : m_entries)
        list.append(e.pipeline);
    return list;
}

bool PipelineSettings::isDirty() const {
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) {
        return e.isNew || definitionChanged(e.pipeline, e.saved) || e.pipeline.active != e.saved.active;
    });
}

PipelineSettings::Entry* PipelineSettings::current() {
    const int row = m_list->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

void PipelineSettings::selectPipeline(int row) {
    m_list->setCurrentRow(row);
}

void PipelineSettings::fillList() {
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Entry& e : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(e.pipeline.name, m_list);
        if (m_editable)
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (!e.pipeline.active) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::PlaceholderText));
            item->setToolTip(tr("Inactive: not offered for opportunities"));
        }
    }
    m_list->setCurrentRow(std::clamp(row, 0, int(m_entries.size()) - 1));
}

void PipelineSettings::showStages() {
    const Entry* entry = current();
    const QSignalBlocker blocker(m_stages);
    m_stages->setRowCount(entry ? int(entry->pipeline.stages.size()) : 0);
    if (entry) {
        m_stagesLabel->setText(tr("S&tages of “%1”:").arg(entry->pipeline.name));
        for (int row = 0; row < entry->pipeline.stages.size(); ++row)
            fillRow(row, entry->pipeline.stages.at(row));
    }
    updateButtons();
}

void PipelineSettings::fillRow(int row, const PipelineStage& stage) {
    const QSignalBlocker blocker(m_stages);
    const Qt::ItemFlags flags =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | (m_editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    auto* name = new QTableWidgetItem(stage.name);
    name->setFlags(flags);
    m_stages->setItem(row, Column::Name, name);
    for (auto [column, value] :
         {std::pair{Column::Probability, stage.probability}, std::pair{Column::Category, int(stage.category)},
          std::pair{Column::Outcome, int(stage.outcome)}}) {
        auto* item = new QTableWidgetItem(PipelineStageDelegate::text(column, value));
        item->setData(Qt::UserRole, value);
        item->setFlags(flags);
        if (column == Column::Probability)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stages->setItem(row, column, item);
    }
}

void PipelineSettings::readRow(int row) {
    Entry* entry = current();
    if (!entry || row < 0 || row >= entry->pipeline.stages.size())
        return;
    PipelineStage& stage = entry->pipeline.stages[row];
    stage.name = m_stages->item(row, Column::Name)->text().trimmed();
    stage.probability = m_stages->item(row, Column::Probability)->data(Qt::UserRole).toInt();
    stage.category = ForecastCategory(m_stages->item(row, Column::Category)->data(Qt::UserRole).toInt());
    const auto outcome = StageOutcome(m_stages->item(row, Column::Outcome)->data(Qt::UserRole).toInt());
    if (outcome != stage.outcome) {
        // What a closing stage must be, at once; an open stage leaves the closed categories.
        stage.outcome = outcome;
        if (outcome == StageOutcome::Won) {
            stage.probability = 100;
            stage.category = ForecastCategory::Closed;
        } else if (outcome == StageOutcome::Lost) {
            stage.probability = 0;
            stage.category = ForecastCategory::Omitted;
        } else if (stage.category == ForecastCategory::Closed || stage.category == ForecastCategory::Omitted) {
            stage.category = ForecastCategory::Pipeline;
        }
        fillRow(row, stage);
    }
    updateProblem();
}

QString PipelineSettings::problemOf(const Entry& entry) const {
    // New pipelines and stages get their keys when saved; stand-ins let validate() check the rest.
    Pipeline check = entry.pipeline;
    if (check.key.isEmpty())
        check.key = u"new"_s;
    for (qsizetype i = 0; i < check.stages.size(); ++i)
        if (check.stages[i].key.isEmpty())
            check.stages[i].key = u"new-%1"_s.arg(i);
    if (auto ok = check.validate(); !ok)
        return ok.error().message;
    for (const Entry& other : m_entries)
        if (&other != &entry && other.pipeline.name.compare(entry.pipeline.name, Qt::CaseInsensitive) == 0)
            return tr("There are two pipelines called “%1”.").arg(entry.pipeline.name);
    return {};
}

void PipelineSettings::updateProblem() {
    const Entry* entry = current();
    const QString problem = entry ? problemOf(*entry) : QString();
    if (problem.isEmpty())
        m_problem->hideMessage();
    else
        m_problem->showMessage(problem, MessageBanner::Type::Warning);
}

void PipelineSettings::updateButtons() {
    const Entry* entry = current();
    const int row = m_stages->currentRow();
    const int count = m_stages->rowCount();
    m_add->setEnabled(m_editable);
    m_rename->setEnabled(m_editable && entry);
    m_active->setText(!entry || entry->pipeline.active ? tr("&Deactivate") : tr("Re&activate"));
    m_active->setEnabled(m_editable && entry && entry->pipeline.key != Pipeline::standard().key);
    m_active->setToolTip(entry && entry->pipeline.key == Pipeline::standard().key
                             ? tr("The standard pipeline is always available")
                             : tr("An inactive pipeline is not offered for new opportunities"));
    m_addStage->setEnabled(m_editable && entry);
    m_removeStage->setEnabled(m_editable && row >= 0 && count > 1);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row < count - 1);
}

void PipelineSettings::addPipeline() {
    if (!m_editable)
        return;
    QStringList names;
    for (const Entry& e : std::as_const(m_entries))
        names.append(e.pipeline.name);
    Pipeline p;
    p.name = unusedName(tr("New pipeline"), names);
    p.stages = Pipeline::standard().stages; // a start to rename and reorder
    for (PipelineStage& s : p.stages)
        s.key.clear();
    m_entries.append({p, p, true});
    fillList();
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_list->setFocus();
    m_list->editItem(m_list->currentItem());
}

void PipelineSettings::toggleActive() {
    Entry* entry = current();
    if (!m_editable || !entry || entry->pipeline.key == Pipeline::standard().key)
        return;
    entry->pipeline.active = !entry->pipeline.active;
    fillList();
    updateButtons();
}

void PipelineSettings::addStage() {
    Entry* entry = current();
    if (!m_editable || !entry)
        return;
    QList<PipelineStage>& stages = entry->pipeline.stages;
    // After the current open stage, else after the last open one: open stages come before Won and Lost.
    const auto firstClosing = std::find_if(stages.cbegin(), stages.cend(),
                                           [](const PipelineStage& s) { return s.outcome != StageOutcome::Open; });
    qsizetype at = firstClosing - stages.cbegin();
    if (const int row = m_stages->currentRow(); row >= 0 && row < at)
        at = row + 1;
    QStringList names;
    for (const PipelineStage& s : std::as_const(stages))
        names.append(s.name);
    PipelineStage stage;
    stage.name = unusedName(tr("New stage"), names);
    stage.probability = at > 0 ? stages.at(at - 1).probability : 10;
    stage.category = at > 0 ? stages.at(at - 1).category : ForecastCategory::Pipeline;
    if (stage.category == ForecastCategory::Closed || stage.category == ForecastCategory::Omitted)
        stage.category = ForecastCategory::Pipeline;
    stages.insert(at, stage);
    showStages();
    m_stages->setCurrentCell(int(at), Column::Name);
    m_stages->setFocus();
    if (m_stages->isVisible())
        m_stages->editItem(m_stages->item(int(at), Column::Name));
    updateProblem();
}

void PipelineSettings::removeStage() {
    Entry* entry = current();
    const int row = m_stages->currentRow();
    if (!m_editable || !entry || row < 0 || row >= entry->pipeline.stages.size() || entry->pipeline.stages.size() < 2)
        return;
    entry->pipeline.stages.removeAt(row);
    showStages();
    m_stages->setCurrentCell(std::min(row, m_stages->rowCount() - 1), Column::Name);
    updateProblem();
}

void PipelineSettings::moveStage(int delta) {
    Entry* entry = current();
    const int row = m_stages->currentRow();
    const int to = row + delta;
    if (!m_editable || !entry || row < 0 || to < 0 || to >= entry->pipeline.stages.size())
        return;
    const int column = std::max(0, m_stages->currentColumn());
    entry->pipeline.stages.move(row, to);
    showStages();
    m_stages->setCurrentCell(to, column);
    updateProblem();
}

void PipelineSettings::showFailure(int row, const QString& message) {
    m_list->setCurrentRow(row);
    m_problem->showMessage(message, MessageBanner::Type::Error);
}

Result<void> PipelineSettings::save() {
    if (!m_editable || !isDirty())
        return {};
    // Every pipeline is checked before any is saved, so that a rule broken in one saves nothing.
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        if (!e.isNew && !definitionChanged(e.pipeline, e.saved))
            continue;
        if (const QString problem = problemOf(e); !problem.isEmpty()) {
            showFailure(i, problem);
            return fail(ErrorCode::InvalidInput, problem);
        }
    }
    PipelineRepository repository(m_db);
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry& e = m_entries[i];
        if (!e.isNew && !definitionChanged(e.pipeline, e.saved))
            continue;
        auto saved = repository.save(e.pipeline);
        if (!saved) {
            showFailure(i, saved.error().message);
            return std::unexpected(saved.error());
        }
        const bool active = e.pipeline.active;
        e.saved = *saved;
        e.pipeline = *saved; // with the keys of new pipelines and stages
        e.pipeline.active = active;
        e.isNew = false;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry& e = m_entries[i];
        if (e.pipeline.active == e.saved.active)
            continue;
        auto changed = e.pipeline.active ? repository.activate(e.pipeline.key) : repository.deactivate(e.pipeline.key);
        if (!changed) {
            showFailure(i, changed.error().message);
            return changed;
        }
        e.saved.active = e.pipeline.active;
    }
    showStages();
    updateProblem();
    return {};
}

} // namespace Fieldbook
