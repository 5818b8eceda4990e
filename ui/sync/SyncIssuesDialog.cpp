#include "SyncIssuesDialog.h"

#include "ConflictComparison.h"
#include "SetAsideBox.h"
#include "SyncValueText.h"
#include "sync/SyncScheduler.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {

enum Role { IdRole = Qt::UserRole, TableRole, RecordRole, FlagRole };
enum ConflictColumn { ConflictRecord, ConflictField, ConflictBase, ConflictTheirs, ConflictYours };
enum RejectionColumn { RejectionRecord, RejectionChange, RejectionReason };

QTreeWidget* createList(QWidget* parent, const QString& objectName, const QStringList& headers) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->header()->setStretchLastSection(true);
    list->header()->setMinimumSectionSize(list->fontMetrics().averageCharWidth() * 8);
    return list;
}

/// The items of `list` with their table and record, so a double-click can open the record.
QTreeWidgetItem* addItem(QTreeWidget* list, const QStringList& texts, const QStringList& tips, qint64 id,
                         const QString& table, const QString& recordId) {
    auto* item = new QTreeWidgetItem(list, texts);
    for (int i = 0; i < tips.size(); ++i)
        item->setToolTip(i, tips.at(i));
    item->setIcon(0, Icons::forRecord(table));
    item->setData(0, IdRole, id);
    item->setData(0, TableRole, table);
    item->setData(0, RecordRole, recordId);
    return item;
}

} // namespace

SyncIssuesDialog::SyncIssuesDialog(Database& db, SyncScheduler& scheduler, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_scheduler(scheduler)
    , m_banner(new MessageBanner(this))
    , m_intro(new QLabel(
          tr("Sync could not settle these changes on its own. Your decisions are sent to the server at once."), this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Nothing to decide."), m_pages)) {
    setObjectName(u"syncIssuesDialog"_s);
    setWindowTitle(tr("Sync issues"));
    m_intro->setWordWrap(true);

    auto* lists = new QWidget(m_pages);
    auto* listLayout = new QVBoxLayout(lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(createConflicts(), 3);
    listLayout->addWidget(createRejections(), 2);
    m_setAside = new SetAsideBox(m_db, lists);
    listLayout->addWidget(m_setAside, 2);
    m_empty->setObjectName(u"syncIssuesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(lists);
    m_pages->addWidget(m_empty);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_intro);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 44);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_scheduler, &SyncScheduler::finished, this, &SyncIssuesDialog::reload);
    connect(m_setAside, &SetAsideBox::dismissed, this, [this] {
        reload();
        m_scheduler.syncNow(); // also counts the issues again
    });
    connect(m_setAside, &SetAsideBox::failed, this,
            [this](const QString& message) { m_banner->showMessage(message, MessageBanner::Type::Error); });
    reload();
}

QWidget* SyncIssuesDialog::createConflicts() {
    m_conflictBox = new QGroupBox(this);
    m_conflicts = createList(m_conflictBox, u"conflictList"_s,
                             {tr("Record"), tr("Field"), tr("Before"), tr("Theirs"), tr("Yours")});
    m_conflicts->headerItem()->setToolTip(ConflictBase, tr("The value both sides started from"));
    m_conflicts->headerItem()->setToolTip(ConflictTheirs, tr("The value on the server, which it kept"));
    m_conflicts->headerItem()->setToolTip(ConflictYours, tr("The value you entered on this computer"));
    const int em = fontMetrics().averageCharWidth();
    for (auto [column, width] :
         {std::pair{ConflictRecord, 28}, {ConflictField, 30}, {ConflictBase, 30}, {ConflictTheirs, 30}})
        m_conflicts->setColumnWidth(column, width * em);
    m_comparison = new ConflictComparison(m_conflictBox);
    m_keepTheirs = new QPushButton(tr("Keep &theirs"), m_conflictBox);
    m_keepTheirs->setObjectName(u"keepTheirsButton"_s);
    m_keepTheirs->setToolTip(tr("Keep the server’s value and drop yours"));
    m_useMine = new QPushButton(tr("Use &mine"), m_conflictBox);
    m_useMine->setObjectName(u"useMineButton"_s);
    m_useMine->setToolTip(tr("Send your value to the server, replacing theirs"));
    m_keepBoth = new QPushButton(tr("Keep &both"), m_conflictBox);
    m_keepBoth->setObjectName(u"keepBothButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_useMine);
    buttons->addWidget(m_keepBoth);
    auto* layout = new QVBoxLayout(m_conflictBox);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(m_comparison);
    layout->addLayout(buttons);

    connect(m_conflicts, &QTreeWidget::currentItemChanged, this, &SyncIssuesDialog::showCurrentConflict);
    connect(m_keepTheirs, &QPushButton::clicked, this, &SyncIssuesDialog::keepTheirs);
    connect(m_useMine, &QPushButton::clicked, this, &SyncIssuesDialog::useMine);
    connect(m_keepBoth, &QPushButton::clicked, this, &SyncIssuesDialog::keepBoth);
    connect(m_conflicts, &QTreeWidget::itemSelectionChanged, this, &SyncIssuesDialog::updateButtons);
    connect(m_conflicts, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit recordRequested(item->data(0, TableRole).toString(), item->data(0, RecordRole).toString());
    });
    return m_conflictBox;
}

QWidget* SyncIssuesDialog::createRejections() {
    m_rejectionBox = new QGroupBox(this);
    m_rejections = createList(m_rejectionBox, u"rejectionList"_s, {tr("Record"), tr("Change"), tr("Why")});
    const int em = fontMetrics().averageCharWidth();
    m_rejections->setColumnWidth(RejectionRecord, 28 * em);
    m_rejections->setColumnWidth(RejectionChange, 60 * em);
    m_retry = new QPushButton(tr("&Retry"), m_rejectionBox);
    m_retry->setObjectName(u"retryButton"_s);
    m_discard = new QPushButton(tr("&Discard"), m_rejectionBox);
    m_discard->setObjectName(u"discardButton"_s);
    m_discard->setToolTip(tr("Drop the change and put back the values it replaced"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_discard);
    auto* layout = new QVBoxLayout(m_rejectionBox);
    layout->addWidget(m_rejections, 1);
    layout->addLayout(buttons);

    connect(m_retry, &QPushButton::clicked, this, &SyncIssuesDialog::retry);
    connect(m_discard, &QPushButton::clicked, this, &SyncIssuesDialog::discard);
    connect(m_rejections, &QTreeWidget::itemSelectionChanged, this, &SyncIssuesDialog::updateButtons);
    connect(m_rejections, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, FlagRole).toBool())
            emit recordRequested(item->data(0, TableRole).toString(), item->data(0, RecordRole).toString());
    });
    return m_rejectionBox;
}

void SyncIssuesDialog::reload() {
    loadConflicts();
    loadRejections();
    auto setAside = m_setAside->reload();
    if (!setAside)
        m_banner->showMessage(setAside.error().message, MessageBanner::Type::Error);
    m_setAsideCount = setAside.value_or(0);
    updatePages();
    updateButtons();
}

void SyncIssuesDialog::loadConflicts() {
    m_conflicts->clear();
    auto conflicts = SyncIssues(m_db).conflicts();
    if (!conflicts) {
        m_banner->showMessage(conflicts.error().message, MessageBanner::Type::Error);
        return;
    }
    SyncValueText text(m_db);
    for (const SyncConflict& c : std::as_const(*conflicts)) {
        const QString record = SyncValueText::recordText(c.table, c.recordLabel);
        QStringList cells{record, SyncValueText::fieldLabel(c.table, c.field)};
        QStringList tips{tr("%1: %2").arg(SyncValueText::tableLabel(c.table), record), cells.at(ConflictField)};
        const std::array values{c.base, c.theirs, c.yours};
        for (std::size_t i = 0; i < values.size(); ++i) {
            // A deletion has no "before": the record simply existed.
            const bool blank = SyncValueText::isDeletion(c.field) && i == 0;
            cells.append(blank ? QString() : text.value(c.table, c.recordId, c.field, values.at(i)));
            // Long notes are shown on one line; the tooltip keeps their lines.
            const bool longText = c.merge == MergeClass::LongText && values.at(i).isString();
            tips.append(longText ? values.at(i).toString() : cells.last());
        }
        QTreeWidgetItem* item = addItem(m_conflicts, cells, tips, c.id, c.table, c.recordId);
        item->setData(0, FlagRole, c.merge == MergeClass::LongText);
    }
    // Names and field labels whole; the values may be cut (the comparison below shows them whole).
    const QAbstractItemView* view = m_conflicts; // sizeHintForColumn() is public there
    for (const int column : {ConflictRecord, ConflictField})
        m_conflicts->setColumnWidth(column,
                                    std::max(m_conflicts->columnWidth(column), view->sizeHintForColumn(column)));
    m_conflictBox->setTitle(tr("Conflicts (%1)").arg(conflicts->size()));
    showCurrentConflict();
    if (m_conflicts->topLevelItemCount() > 0)
        m_conflicts->setCurrentItem(m_conflicts->topLevelItem(0));
}

void SyncIssuesDialog::loadRejections() {
    m_rejections->clear();
    auto rejections = SyncIssues(m_db).rejections();
    if (!rejections) {
        m_banner->showMessage(rejections.error().message, MessageBanner::Type::Error);
        return;
    }
    SyncValueText text(m_db);
    for (const SyncRejection& r : std::as_const(*rejections)) {
        const QString record = SyncValueText::recordText(r.entry.table, r.recordLabel);
        // The server words its reasons as clauses ("the record cannot be…"); shown alone they start a sentence.
        const QString reason = r.reason.isEmpty() ? r.reason : r.reason.front().toUpper() + r.reason.mid(1);
        const QStringList cells{record, text.change(r.entry), reason};
        QTreeWidgetItem* item = addItem(
            m_rejections, cells,
            {tr("%1: %2").arg(SyncValueText::tableLabel(r.entry.table), record), cells.at(RejectionChange), r.reason},
            r.entry.seq, r.entry.table, r.entry.recordId);
        item->setData(0, FlagRole, r.recordPresent);
    }
    // Names whole (within reason), so records of one name but another kind (a product, its price) stay apart.
    const QAbstractItemView* view = m_rejections;
    const int em = fontMetrics().averageCharWidth();
    m_rejections->setColumnWidth(RejectionRecord,
                                 std::clamp(view->sizeHintForColumn(RejectionRecord), 28 * em, 56 * em));
    m_rejectionBox->setTitle(tr("Rejected changes (%1)").arg(rejections->size()));
    if (m_rejections->topLevelItemCount() > 0)
        m_rejections->setCurrentItem(m_rejections->topLevelItem(0));
}

void SyncIssuesDialog::showCurrentConflict() {
    const QTreeWidgetItem* item = m_conflicts->currentItem();
    if (!item) {
        m_comparison->clear();
        return;
    }
    // The tooltips hold the values whole, with their line breaks.
    m_comparison->showValues(item->toolTip(ConflictBase), item->toolTip(ConflictTheirs), item->toolTip(ConflictYours));
}

void SyncIssuesDialog::updatePages() {
    const int conflicts = m_conflicts->topLevelItemCount();
    const int rejections = m_rejections->topLevelItemCount();
    m_conflictBox->setVisible(conflicts > 0);
    m_rejectionBox->setVisible(rejections > 0);
    m_setAside->setVisible(m_setAsideCount > 0);
    m_intro->setVisible(conflicts + rejections > 0);
    const bool nothing = conflicts + rejections + m_setAsideCount == 0;
    m_pages->setCurrentWidget(nothing ? static_cast<QWidget*>(m_empty) : m_pages->widget(0));
}

void SyncIssuesDialog::updateButtons() {
    const QList<QTreeWidgetItem*> conflicts = m_conflicts->selectedItems();
    const bool allLongText = !conflicts.isEmpty() && std::all_of(conflicts.cbegin(), conflicts.cend(),
                                                                 [](auto* i) { return i->data(0, FlagRole).toBool(); });
    m_keepTheirs->setEnabled(!conflicts.isEmpty());
    m_useMine->setEnabled(!conflicts.isEmpty());
    m_keepBoth->setEnabled(allLongText);
    m_keepBoth->setToolTip(allLongText ? tr("Keep the server’s text and add yours after it")
                                       : tr("Only notes can keep both versions; other fields hold one value."));

    const QList<QTreeWidgetItem*> rejections = m_rejections->selectedItems();
    const bool allPresent = !rejections.isEmpty() && std::all_of(rejections.cbegin(), rejections.cend(),
                                                                 [](auto* i) { return i->data(0, FlagRole).toBool(); });
    m_retry->setEnabled(allPresent);
    m_retry->setToolTip(allPresent || rejections.isEmpty()
                            ? tr("Send the change again, based on the record as it is now")
                            : tr("The record is no longer on this computer (it was given to someone else), so the "
                                 "change can only be discarded."));
    m_discard->setEnabled(!rejections.isEmpty());
}

void SyncIssuesDialog::decide(QTreeWidget* list, const std::function<Result<void>(qint64)>& apply) {
    const QList<QTreeWidgetItem*> items = list->selectedItems();
    if (items.isEmpty())
        return;
    std::optional<Error> failure;
    for (QTreeWidgetItem* item : items)
        if (auto done = apply(item->data(0, IdRole).toLongLong()); !done && !failure)
            failure = done.error();
    m_banner->hideMessage();
    reload();
    if (failure)
        m_banner->showMessage(failure->message, MessageBanner::Type::Error);
    m_scheduler.syncNow();
}

void SyncIssuesDialog::resolve(SyncIssues::Choice choice) {
    decide(m_conflicts, [this, choice](qint64 id) { return SyncIssues(m_db).resolve(id, choice); });
}

void SyncIssuesDialog::keepTheirs() {
    resolve(SyncIssues::Choice::KeepTheirs);
}

void SyncIssuesDialog::useMine() {
    resolve(SyncIssues::Choice::UseMine);
}

void SyncIssuesDialog::keepBoth() {
    if (m_keepBoth->isEnabled())
        resolve(SyncIssues::Choice::KeepBoth);
}

void SyncIssuesDialog::retry() {
    if (m_retry->isEnabled())
        decide(m_rejections, [this](qint64 seq) { return SyncIssues(m_db).retry(seq); });
}

void SyncIssuesDialog::discard() {
    const int count = int(m_rejections->selectedItems().size());
    if (count == 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Discard changes"),
        tr("Discard %Ln change(s)? The values they replaced come back on this computer.", "", count),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        decide(m_rejections, [this](qint64 seq) { return SyncIssues(m_db).discard(seq); });
}

} // namespace Fieldbook
