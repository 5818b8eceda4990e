#include "SectionFrame.h"

#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/db/RecordWatch.h"
#include "widgets/Icons.h"
#include "widgets/MessageBanner.h"
#include "widgets/RecordTable.h"
#include "widgets/SectionFilter.h"
#include "widgets/UndoHistory.h"

#include <QScopedValueRollback>
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

using namespace Qt::StringLiterals;

namespace Fieldbook {

namespace {
constexpr int kUndoBannerMs = 15000;
} // namespace

SectionFrame::SectionFrame(AppContext& context, const RecordType& type, QWidget* filterBar, SectionFilter* filter,
                           QWidget* parent, QWidget* strip)
    : WorkspaceSection(parent)
    , m_context(context)
    , m_settingsGroup(type.table)
    , m_filterBar(filterBar)
    , m_filter(filter)
    , m_layout(new QVBoxLayout(this)) {
    // Tab moves through the parts in the order they join the window: from the toolbar down.
    m_toolBar = new QToolBar(this);
    m_banner = new MessageBanner(this);
    if (strip)
        strip->setParent(this);
    m_filterBar->setParent(this);
    m_views = new QStackedWidget(this);
    m_table = new QTableView(this);
    m_emptyLabel = new QLabel(this);
    m_toolBar->setObjectName(u"sectionToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(u"recordTable"_s);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_views->addWidget(m_emptyLabel);
    m_views->addWidget(m_table);

    // Without a detail pane (addDetailPane()) the list or the view in its place takes the width.
    m_layout->setContentsMargins(6, 0, 6, 6);
    m_layout->setSpacing(4);
    m_layout->addWidget(m_toolBar);
    if (strip)
        m_layout->addWidget(strip);
    m_layout->addWidget(m_filterBar);
    m_layout->addWidget(m_views, 1);
    m_banner->floatOver(m_views);
}

SectionFrame::~SectionFrame() {
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    if (m_splitter)
        settings.setValue(u"splitter"_s, m_splitter->saveState());
    if (m_table->model()) // a list never filled (a section never shown) keeps the columns saved before
        settings.setValue(u"header"_s, m_table->horizontalHeader()->saveState());
}

void SectionFrame::addDetailPane(QWidget* detail, const QList<int>& sizes) {
    Q_ASSERT(!m_splitter);
    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->removeWidget(m_filterBar);
    m_layout->removeWidget(m_views);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_views, 1);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"sectionSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_layout->setContentsMargins(6, 0, 6, 0);
    m_layout->addWidget(m_splitter, 1);
    m_banner->floatOver(m_views); // the list moved into the splitter

    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    if (!m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray()))
        m_splitter->setSizes(sizes);
}

void SectionFrame::addView(QWidget* view) {
    m_views->addWidget(view);
}

void SectionFrame::removeView(QWidget* view) {
    m_views->removeWidget(view);
}

void SectionFrame::showView(QWidget* view, bool empty, const QString& emptyText) {
    m_emptyLabel->setText(emptyText);
    m_views->setCurrentWidget(empty ? m_emptyLabel : view);
}

void SectionFrame::restoreListColumns(int stretchColumn) {
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    m_table->horizontalHeader()->restoreState(settings.value(u"header"_s).toByteArray());
    RecordTable::setUp(m_table, stretchColumn, m_settingsGroup); // after the restored header: fitted anew
}

QAction* SectionFrame::addRecordAction(const QString& text, const QString& iconName, const QKeySequence& shortcut,
                                       const QString& objectName, Placement placement) {
    auto* action = new QAction(Icons::get(iconName), text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
    if (placement != Placement::MenuOnly)
        m_toolBar->addAction(action);
    m_actions.append(action);
    return action;
}

void SectionFrame::addSeparator(Placement placement) {
    if (placement != Placement::MenuOnly)
        m_toolBar->addSeparator();
    if (placement == Placement::ToolBarOnly)
        return;
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_actions.append(separator);
}

QAction* SectionFrame::addFindAction() {
    QAction* find =
        addRecordAction(tr("&Find"), u"edit-find"_s, QKeySequence::Find, u"findAction"_s, Placement::MenuOnly);
    connect(find, &QAction::triggered, this, &SectionFrame::focusSearch);
    return find;
}

void SectionFrame::focusSearch() {
    m_filter->focusSearch();
}

void SectionFrame::showError(const QString& message) {
    m_banner->showMessage(message, MessageBanner::Type::Error);
}

void SectionFrame::offerUndo(const QString& text, int token) {
    QPointer<SectionFrame> self(this);
    m_banner->showAction(
        text, MessageBanner::Type::Information, tr("Undo"),
        [self, token] {
            if (!self)
                return;
            if (auto result = self->m_context.undo.undo(token); !result)
                self->showError(result.error().message);
        },
        kUndoBannerMs);
}

void SectionFrame::onStoreChange(const RecordType& type, StoreChanges changes, std::function<void()> react) {
    const RecordWatch watch(m_context.db, this);
    const auto unlessOwn = [this, react] {
        if (!m_writingOwn)
            react();
    };
    if (changes.testFlag(StoreChange::Records))
        watch.changed(type, [unlessOwn](const QStringList&) { unlessOwn(); });
    if (changes.testFlag(StoreChange::Reset))
        watch.reset(type, unlessOwn);
}

void SectionFrame::writingOwn(const std::function<void()>& write) {
    const QScopedValueRollback writing(m_writingOwn, true);
    write();
}

} // namespace Fieldbook
