#include "OpportunityFilterBar.h"

#include "store/db/Database.h"
#include "store/records/UserRepository.h"
#include "widgets/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
// The owner combo's data: an empty string is everyone; this marker is the local user.
const QString kMine = u"@mine"_s;
} // namespace

OpportunityFilterBar::OpportunityFilterBar(Database& db, const Pipeline& pipeline, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_search(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_attention(new QCheckBox(tr("Needs attention"), this))
    , m_stage(new QComboBox(this))
    , m_closeRange(new QCheckBox(tr("Closing from"), this))
    , m_closeFrom(new QDateEdit(this))
    , m_closeTo(new QDateEdit(this))
    , m_debounce(new QTimer(this)) {
    setObjectName(u"opportunityFilterBar"_s);
    m_search->setObjectName(u"searchField"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search opportunities and accounts (Ctrl+F)"));
    m_search->addAction(Icons::get(u"edit-find"_s, QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setToolTip(tr("Show the opportunities of everyone, yours, or one person's"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    reloadOwners();
    m_attention->setObjectName(u"attentionFilter"_s);
    m_attention->setToolTip(tr("Only the opportunities that lack an account, an expected close date, an amount or "
                               "the reason they were lost (imported ones may)"));
    m_stage->setObjectName(u"stageFilter"_s);
    setPipeline(pipeline);
    m_closeRange->setObjectName(u"closeRangeCheck"_s);
    const QDate today = QDate::currentDate();
    const QDate quarterStart(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    for (QDateEdit* edit : {m_closeFrom, m_closeTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_closeFrom->setObjectName(u"closeFromEdit"_s);
    m_closeTo->setObjectName(u"closeToEdit"_s);
    m_closeFrom->setDate(quarterStart); // the current calendar quarter: what a forecast review looks at
    m_closeTo->setDate(quarterStart.addMonths(3).addDays(-1));
    auto* to = new QLabel(tr("to"), this);
    to->setObjectName(u"closeToLabel"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_owner);
    layout->addWidget(m_attention);
    layout->addWidget(m_stage);
    layout->addWidget(m_closeRange);
    layout->addWidget(m_closeFrom);
    layout->addWidget(to);
    layout->addWidget(m_closeTo);

    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &OpportunityFilterBar::applyNow);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &OpportunityFilterBar::applyNow);
    connect(m_attention, &QCheckBox::toggled, this, &OpportunityFilterBar::applyNow);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &OpportunityFilterBar::applyNow);
    connect(m_closeRange, &QCheckBox::toggled, this, [this](bool on) {
        m_closeFrom->setEnabled(on);
        m_closeTo->setEnabled(on);
        applyNow();
    });
    connect(m_closeFrom, &QDateEdit::dateChanged, this, &OpportunityFilterBar::applyNow);
    connect(m_closeTo, &QDateEdit::dateChanged, this, &OpportunityFilterBar::applyNow);
    setListMode(false);
}

void OpportunityFilterBar::reloadOwners() {
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    m_owner->addItem(tr("Mine"), kMine);
    if (auto users = UserRepository(m_db).all()) {
        if (users->size() > 1) {
            m_owner->insertSeparator(m_owner->count());
            for (const User& user : std::as_const(*users))
                if (user.id != m_db.localUserId())
                    m_owner->addItem(user.name, user.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

void OpportunityFilterBar::setPipeline(const Pipeline& pipeline) {
    const QString current = m_stage->currentData().toString();
    {
        const QSignalBlocker blocker(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("All stages"), QString());
        for (const PipelineStage& stage : pipeline.stages)
            m_stage->addItem(stage.name, stage.key);
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(current)));
    }
    applyNow();
}

OpportunityFilter OpportunityFilterBar::filter() const {
    OpportunityFilter f;
    f.text = m_search->text().trimmed();
    const QString owner = m_owner->currentData().toString();
    f.ownerId = owner == kMine ? m_db.localUserId() : owner;
    f.needsAttention = m_attention->isChecked();
    if (m_listMode) {
        f.stage = m_stage->currentData().toString();
        if (m_closeRange->isChecked()) {
            f.closeFrom = m_closeFrom->date();
            f.closeTo = m_closeTo->date();
        }
    }
    return f;
}

bool OpportunityFilterBar::isFiltering() const {
    return filter() != OpportunityFilter{};
}

void OpportunityFilterBar::clear() {
    for (QComboBox* combo : {m_owner, m_stage}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QCheckBox* check : {m_closeRange, m_attention}) {
        const QSignalBlocker blocker(check);
        check->setChecked(false);
    }
    m_closeFrom->setEnabled(false);
    m_closeTo->setEnabled(false);
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    applyNow();
}

void OpportunityFilterBar::setListMode(bool list) {
    m_listMode = list;
    for (QWidget* w :
         {static_cast<QWidget*>(m_stage), static_cast<QWidget*>(m_closeRange), static_cast<QWidget*>(m_closeFrom),
          static_cast<QWidget*>(m_closeTo), findChild<QWidget*>(u"closeToLabel"_s)})
        w->setVisible(list);
    applyNow();
}

void OpportunityFilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void OpportunityFilterBar::applyNow() {
    m_debounce->stop();
    const OpportunityFilter current = filter();
    if (current == m_applied)
        return;
    m_applied = current;
    emit filterChanged(current);
}

} // namespace Fieldbook
