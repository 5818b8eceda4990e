#include "../ListChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "common/SectionFrame.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadsSection.h"
#include "protocol/RecordType.h"
#include "store/db/Database.h"
#include "store/records/LeadRepository.h"
#include "store/db/StoreEvents.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/SectionFilter.h"
#include "widgets/UndoHistory.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

/// The smallest filter bar: a search field.
class SearchBar final : public QWidget, public SectionFilter {
public:
    SearchBar()
        : m_search(new QLineEdit(this)) {
        m_search->setObjectName(u"searchField"_s);
        (new QHBoxLayout(this))->addWidget(m_search);
    }
    bool isFiltering() const override { return !m_search->text().isEmpty(); }
    void clear() override { m_search->clear(); }
    void focusSearch() override { m_search->setFocus(Qt::ShortcutFocusReason); }

private:
    QLineEdit* m_search;
};

/// A section in the frame with a board beside its list and, if asked, a detail pane; the frame's
/// protected parts are opened up for the tests.
class BoardSection final : public SectionFrame {
public:
    BoardSection(AppContext& context, const RecordType& type, QWidget* parent = nullptr)
        : BoardSection(context, type, new SearchBar, parent) {}

    QString statusText() const override { return {}; }
    bool confirmLeave() override { return true; }
    void refreshCurrentRecord() override {}

    using SectionFrame::addDetailPane;
    using SectionFrame::addFindAction;
    using SectionFrame::addRecordAction;
    using SectionFrame::addSeparator;
    using SectionFrame::offerUndo;
    using SectionFrame::onStoreChange;
    using SectionFrame::showView;
    using SectionFrame::toolBar;

    QLabel* board = new QLabel(u"the board"_s, this);

private:
    BoardSection(AppContext& context, const RecordType& type, SearchBar* bar, QWidget* parent)
        : SectionFrame(context, type, bar, bar, parent) {
        addView(board);
    }
};

struct FrameFixture {
    FrameFixture() { QStandardPaths::setTestModeEnabled(true); }

    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
};

QStringList names(const QList<QAction*>& actions) {
    QStringList list;
    for (const QAction* action : actions)
        list.append(action->isSeparator() ? u"|"_s : action->objectName());
    return list;
}

} // namespace

TEST_CASE("a section shows another view in place of its list, or what is missing, under one banner", "[ui][frame]") {
    FrameFixture f;
    BoardSection section(f.context, RecordType::opportunities());
    section.resize(800, 600);
    section.show();
    REQUIRE(QTest::qWaitForWindowExposed(&section));
    auto* empty = section.findChild<QLabel*>(u"emptyStateLabel"_s);

    section.showView(section.board, false, u"No opportunities yet."_s);
    CHECK(section.board->isVisible());
    CHECK_FALSE(section.table()->isVisible());
    CHECK_FALSE(empty->isVisible());
    section.banner()->showMessage(u"Saved."_s, MessageBanner::Type::Positive);
    Test::settle();
    const QRect board(section.board->mapTo(&section, QPoint()), section.board->size());
    CHECK(board.contains(section.banner()->geometry())); // over the foot of the view in place of the list

    section.showView(section.table(), true, u"No opportunities yet."_s);
    CHECK(empty->isVisible());
    CHECK(empty->text() == u"No opportunities yet."_s);
    CHECK_FALSE(section.board->isVisible());
    section.showView(section.table(), false, {});
    CHECK(section.table()->isVisible());
}

TEST_CASE("a section follows the store changes of the record types it names, and no others", "[ui][frame]") {
    FrameFixture f;
    BoardSection section(f.context, RecordType::opportunities());
    int leadResets = 0;
    int pipelineChanges = 0;
    section.onStoreChange(RecordType::leads(), SectionFrame::StoreChange::Reset, [&] { ++leadResets; });
    section.onStoreChange(RecordType::pipelines(),
                          SectionFrame::StoreChange::Records | SectionFrame::StoreChange::Reset,
                          [&] { ++pipelineChanges; });
    StoreEvents* events = f.tmp.db().events();

    emit events->recordsChanged(u"leads"_s, {u"1"_s});
    CHECK(leadResets == 0);
    emit events->tableReset(u"leads"_s);
    CHECK(leadResets == 1);
    emit events->recordsChanged(u"pipelines"_s, {u"standard"_s});
    emit events->tableReset(u"pipelines"_s);
    CHECK(pipelineChanges == 2);
    emit events->tableReset(u"contacts"_s);
    emit events->recordsChanged(u"opportunities"_s, {u"1"_s});
    CHECK(leadResets == 1);
    CHECK(pipelineChanges == 2);
}

TEST_CASE("record actions go to the toolbar and the Record menu as placed, and Find goes to the search",
          "[ui][frame]") {
    FrameFixture f;
    BoardSection section(f.context, RecordType::opportunities());
    QAction* create = section.addRecordAction(u"&New"_s, u"document-new"_s, QKeySequence::New, u"newAction"_s);
    section.addSeparator(SectionFrame::Placement::ToolBarOnly);
    section.addRecordAction(u"&Open"_s, u"document-open"_s, {}, u"openAction"_s);
    section.addRecordAction(u"Ne&xt"_s, u"go-next"_s, {}, u"nextAction"_s, SectionFrame::Placement::MenuOnly);
    section.addSeparator();
    section.addFindAction();

    CHECK(names(section.recordActions()) ==
          QStringList{u"newAction"_s, u"openAction"_s, u"nextAction"_s, u"|"_s, u"findAction"_s});
    CHECK(names(section.toolBar()->actions()) == QStringList{u"newAction"_s, u"|"_s, u"openAction"_s, u"|"_s});
    CHECK(create->toolTip() == u"New (%1)"_s.arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));

    section.show();
    QApplication::setActiveWindow(&section);
    REQUIRE(QTest::qWaitForWindowActive(&section));
    section.recordActions().last()->trigger();
    CHECK(QApplication::focusWidget() == section.findChild<QLineEdit*>(u"searchField"_s));
}

TEST_CASE("Undo in a section's banner reverses what it offered", "[ui][frame]") {
    FrameFixture f;
    BoardSection section(f.context, RecordType::opportunities());
    bool undone = false;
    const int token = f.undo.push(
        u"Opportunity deleted"_s,
        [&]() -> Result<void> {
            undone = true;
            return {};
        },
        []() -> Result<void> { return {}; });
    section.offerUndo(u"“Pilot” deleted."_s, token);
    CHECK(section.banner()->text() == u"“Pilot” deleted."_s);
    REQUIRE(section.banner()->triggerAction());
    CHECK(undone);
    CHECK_FALSE(f.undo.canUndo());
}

TEST_CASE("a detail pane stands beside the list, and the window state is kept under the record type", "[ui][frame]") {
    FrameFixture f;
    QSettings().remove(u"price_lists"_s);
    QStandardItemModel model(3, 2);
    {
        BoardSection section(f.context, RecordType::priceLists());
        auto* detail = new QLabel(u"details"_s);
        section.addDetailPane(detail, {500, 300});
        auto* splitter = section.findChild<QSplitter*>(u"sectionSplitter"_s);
        REQUIRE(splitter);
        CHECK(splitter->indexOf(detail) == 1);
        CHECK(splitter->widget(0)->isAncestorOf(section.table()));
        CHECK(splitter->widget(0)->isAncestorOf(section.findChild<QLineEdit*>(u"searchField"_s)));
    }
    QSettings settings;
    CHECK(settings.contains(u"price_lists/splitter"_s));
    CHECK_FALSE(settings.contains(u"price_lists/header"_s)); // a list never filled keeps what was saved
    {
        BoardSection section(f.context, RecordType::priceLists());
        section.table()->setModel(&model);
    }
    CHECK(settings.contains(u"price_lists/header"_s));
    settings.remove(u"price_lists"_s);
}

TEST_CASE("the lead filters follow users and lead sources that sync or an import reset", "[ui][frame][leads]") {
    Test::WorkspaceFixture f;
    LeadFilterBar* bar = f.window->leads()->filterBar();
    auto* owners = f.child<QComboBox>(bar, u"ownerFilter"_s);
    auto* sources = f.child<QComboBox>(bar, u"sourceFilter"_s);
    User colleague;
    colleague.name = u"Grace Hopper"_s;
    REQUIRE(UserRepository(f.tmp.db()).save(colleague));
    Lead lead;
    lead.lastName = u"Lovelace"_s;
    lead.source = u"Webinar"_s;
    REQUIRE(LeadRepository(f.tmp.db()).save(lead));

    emit f.tmp.db().events()->tableReset(u"users"_s);
    CHECK(owners->findText(u"Grace Hopper"_s) >= 0);
    CHECK(sources->findData(u"Webinar"_s) < 0); // sources follow a reset of the leads
    emit f.tmp.db().events()->tableReset(u"leads"_s);
    CHECK(sources->findData(u"Webinar"_s) >= 0);
}
