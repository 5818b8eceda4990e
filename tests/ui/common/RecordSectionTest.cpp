#include "../ListChecks.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "contacts/ContactsSection.h"
#include "models/ContactListModel.h"
#include "store/records/ContactRepository.h"
#include "widgets/ElidedTextDelegate.h"
#include "widgets/MessageBanner.h"

#include <QAction>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

namespace {

const QString kLongEmail = u"klaus.maximilian.hoffmann-brandenburg@vertrieb.maier-maschinenbau.example.de"_s;

/// The main window at the size of a small laptop screen, with contacts in the list.
struct ContactListFixture : Test::WorkspaceFixture {
    ContactsSection* section = nullptr;
    QTableView* table = nullptr;

    ContactListFixture() {
        ContactRepository contacts(tmp.db());
        const QStringList names{u"Ada Lovelace"_s, u"Grace Hopper"_s,      u"王 小明"_s,     u"Klaus Maier"_s,
                                u"Li Na"_s,        u"Margaret Hamilton"_s, u"Alan Turing"_s, u"Edsger Dijkstra"_s};
        for (const QString& name : names) {
            Contact c;
            c.firstName = name.section(u' ', 0, 0);
            c.lastName = name.section(u' ', 1);
            c.title = u"Head of Purchasing"_s;
            c.emails = {{u"work"_s, name == u"Klaus Maier" ? kLongEmail : u"someone@example.com"_s}};
            c.phones = {{u"work"_s, u"+49 30 1234567"_s}};
            REQUIRE(contacts.save(c));
        }
        section = window->contacts();
        table = child<QTableView>(section, u"recordTable"_s);
        window->resize(1366, 768);
        REQUIRE(QTest::qWaitFor([this] { return section->model()->rowCount() == 8; }));
        Test::settle();
    }

    QModelIndex indexOf(const QString& lastName, int column) const {
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, ContactListModel::Name).data().toString().contains(lastName))
                return table->model()->index(row, column);
        FAIL("no contact " << lastName.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("a message over the contact list never moves the rows under the pointer", "[ui][banner]") {
    ContactListFixture f;
    const QModelIndex row = f.table->model()->index(3, ContactListModel::Name);
    const QRect before = Test::globalRect(f.table, row);
    const QRect viewportBefore(f.table->viewport()->mapToGlobal(QPoint()), f.table->viewport()->size());

    // Merge with one contact selected: the section says to select two, and nothing else changes.
    f.table->selectRow(0);
    for (QAction* action : f.section->recordActions())
        if (action->objectName() == u"mergeAction")
            action->trigger();
    REQUIRE(f.section->banner()->isVisible());
    Test::settle();

    CHECK(Test::globalRect(f.table, row) == before);
    CHECK(QRect(f.table->viewport()->mapToGlobal(QPoint()), f.table->viewport()->size()) == viewportBefore);
    CHECK(f.table->indexAt(f.table->viewport()->mapFromGlobal(before.center())) == row);
    // The message lies over the foot of the list, clear of the row that was under the pointer.
    const QRect banner(f.section->banner()->mapToGlobal(QPoint()), f.section->banner()->size());
    CHECK_FALSE(banner.intersects(before));
    CHECK(banner.bottom() <= viewportBefore.bottom());
}

TEST_CASE("on a 1366 by 768 screen every column of the contact list is in view", "[ui][columns]") {
    ContactListFixture f;
    Test::checkColumnsOnScreen(f.table);
    CHECK(f.table->horizontalHeader()->sectionSize(ContactListModel::Phone) >=
          f.table->fontMetrics().horizontalAdvance(u"+49 30 1234567"_s));

    // A wider window gives the room to the name column; the others keep what they need.
    const int phone = f.table->horizontalHeader()->sectionSize(ContactListModel::Phone);
    const int name = f.table->horizontalHeader()->sectionSize(ContactListModel::Name);
    f.window->resize(1600, 1000);
    Test::settle();
    Test::checkColumnsOnScreen(f.table);
    CHECK(f.table->horizontalHeader()->sectionSize(ContactListModel::Name) > name);
    CHECK(f.table->horizontalHeader()->sectionSize(ContactListModel::Phone) >= phone);
}

TEST_CASE("a contact's text cut short in the list shows in full on hover", "[ui][columns]") {
    ContactListFixture f;
    const QModelIndex email = f.indexOf(u"Maier"_s, ContactListModel::Email);
    auto* delegate = qobject_cast<ElidedTextDelegate*>(f.table->itemDelegateForIndex(email));
    REQUIRE(delegate);
    QStyleOptionViewItem option;
    option.initFrom(f.table->viewport());
    option.widget = f.table;
    option.rect = f.table->visualRect(email);
    REQUIRE(delegate->isElided(option, email));
    CHECK(Test::hoverText(f.table, option.rect.center()) == kLongEmail);

    const QModelIndex shortName = f.indexOf(u"Li"_s, ContactListModel::Name);
    option.rect = f.table->visualRect(shortName);
    CHECK_FALSE(delegate->isElided(option, shortName));
    CHECK(delegate->toolTip(option, shortName).isEmpty());
}
