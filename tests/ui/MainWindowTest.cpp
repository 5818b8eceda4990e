#include "ModalDialogs.h"
#include "WorkspaceFixture.h"
#include "StringMakers.h"

#include "accounts/AccountsSection.h"
#include "contacts/ContactsSection.h"
#include "help/ShortcutsDialog.h"
#include "leads/LeadsSection.h"
#include "models/RecordListModel.h"
#include "opportunities/OpportunitiesSection.h"
#include "store/records/ContactRepository.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using Fieldbook::Test::whenShown;

namespace {

QString addContact(Database& db, const QString& first, const QString& last) {
    Contact c;
    c.firstName = first;
    c.lastName = last;
    auto saved = ContactRepository(db).save(c);
    REQUIRE(saved);
    return saved->id;
}

/// Every action of the menus and of the sections, each once.
QList<QAction*> allActions(MainWindow* window) {
    QList<QAction*> actions;
    QSet<QAction*> seen;
    auto add = [&](const QList<QAction*>& list) {
        for (QAction* a : list)
            if (!seen.contains(a)) {
                seen.insert(a);
                actions.append(a);
            }
    };
    for (const QMenu* menu : window->menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly))
        if (menu->title() != u"&Record"_s) // it holds the shown section's actions, which follow
            add(menu->actions());
    for (WorkspaceSection* s : std::initializer_list<WorkspaceSection*>{window->contacts(), window->accounts(),
                                                                        window->opportunities(), window->leads()})
        add(s->recordActions());
    return actions;
}

} // namespace

TEST_CASE("Edit › Redo does again what Undo reversed, and both say what they would do", "[ui][undo]") {
    Test::WorkspaceFixture f;
    ContactRepository contacts(f.tmp.db());
    const QString ada = addContact(f.tmp.db(), u"Ada"_s, u"Lovelace"_s);
    const QString grace = addContact(f.tmp.db(), u"Grace"_s, u"Hopper"_s);
    ContactsSection* section = f.window->contacts();
    auto* undo = f.child<QAction>(f.window.get(), u"undoAction"_s);
    auto* redo = f.child<QAction>(f.window.get(), u"redoAction"_s);
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK_FALSE(undo->isEnabled());
    CHECK_FALSE(redo->isEnabled());
    CHECK(undo->text() == u"&Undo"_s);
    CHECK(redo->text() == u"&Redo"_s);

    section->openRecord(ada);
    section->deleteSelected();
    REQUIRE(contacts.get(ada)->deleted);
    CHECK(undo->isEnabled());
    CHECK(undo->text() == u"&Undo: Contact deleted."_s);

    QTableView* table = section->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(contacts.get(ada)->deleted);
    CHECK_FALSE(undo->isEnabled());
    REQUIRE(redo->isEnabled());
    CHECK(redo->text() == u"&Redo: Contact deleted."_s);

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(contacts.get(ada)->deleted);
    CHECK(section->model()->rowOf(ada) == -1);
    CHECK(undo->isEnabled());
    CHECK_FALSE(redo->isEnabled());

    // Undone again, then something new: there is nothing to redo any more.
    undo->trigger();
    CHECK_FALSE(contacts.get(ada)->deleted);
    CHECK(redo->isEnabled());
    section->openRecord(grace);
    section->deleteSelected();
    CHECK_FALSE(redo->isEnabled());
    CHECK(redo->text() == u"&Redo"_s);
}

TEST_CASE("Help › Keyboard shortcuts lists the shortcuts of the window's actions by menu and section",
          "[ui][shortcuts]") {
    Test::WorkspaceFixture f;
    QMap<QString, QStringList> listed; // group -> "action: keys"
    whenShown<ShortcutsDialog>([&](ShortcutsDialog* dialog) {
        auto* list = dialog->findChild<QTreeWidget*>(u"shortcutList"_s);
        REQUIRE(list);
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            const QTreeWidgetItem* group = list->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i)
                listed[group->text(0)].append(group->child(i)->text(0) + u": "_s + group->child(i)->text(1));
        }
        dialog->reject();
    });
    QTest::keyClick(f.window.get(), Qt::Key_F1);
    const QString ctrl = QKeySequence(Qt::CTRL).toString(QKeySequence::NativeText); // "Ctrl+"
    const QStringList edit = listed.value(u"Edit"_s);
    REQUIRE(edit.size() == 2);
    CHECK(edit.at(0).startsWith(u"Undo: %1Z"_s.arg(ctrl)));
    CHECK(edit.at(1).startsWith(u"Redo: %1Shift+Z"_s.arg(ctrl)));
    // Actions without a key are not listed.
    CHECK_FALSE(listed.value(u"Record (Contacts)"_s).join(u'|').contains(u"Merge"_s));
    CHECK_FALSE(listed.value(u"Record (Contacts)"_s).contains(u": "_s));
    CHECK(listed.value(u"Go"_s).contains(u"Quick open: %1K"_s.arg(ctrl)));
    CHECK(listed.value(u"Help"_s).contains(u"Keyboard shortcuts: F1, %1/"_s.arg(ctrl)));
    CHECK(listed.value(u"Record (Contacts)"_s).contains(u"Log call: %1L"_s.arg(ctrl)));
    CHECK(listed.value(u"Record (Leads)"_s).contains(u"Log call: %1L"_s.arg(ctrl)));
    CHECK(listed.value(u"Record (Leads)"_s).contains(u"Quick add: %1Shift+N"_s.arg(ctrl)));
    CHECK(listed.value(u"Record (Opportunities)"_s).contains(u"Board: %1Shift+B"_s.arg(ctrl)));
    for (const QStringList& lines : std::as_const(listed))
        for (const QString& line : lines) {
            INFO(line.toStdString());
            CHECK_FALSE(line.contains(u'&'));
            CHECK_FALSE(line.contains(u'…'));
        }

    // Ctrl+/ opens it as well.
    bool shown = false;
    whenShown<ShortcutsDialog>([&](ShortcutsDialog* dialog) {
        shown = true;
        dialog->reject();
    });
    QApplication::setActiveWindow(f.window.get());
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    QTest::keyClick(f.window.get(), Qt::Key_Slash, Qt::ControlModifier);
    CHECK(shown);
}

TEST_CASE("a key means one thing in every section: Ctrl+L logs a call wherever there is a timeline",
          "[ui][shortcuts]") {
    Test::WorkspaceFixture f;
    QHash<QKeySequence, QStringList> byKey;
    for (QAction* action : allActions(f.window.get()))
        for (const QKeySequence& key : action->shortcuts())
            byKey[key].append(action->objectName());
    const QStringList ctrlL = byKey.value(QKeySequence(Qt::CTRL | Qt::Key_L));
    const QMenu* recordMenu = nullptr; // holds the shown section's actions, which are listed below
    for (const QMenu* menu : f.window->menuBar()->findChildren<QMenu*>())
        if (menu->title() == u"&Record"_s)
            recordMenu = menu;
    REQUIRE(recordMenu);
    CHECK(ctrlL ==
          QStringList{u"logCallAction"_s, u"logCallAction"_s, u"logCallAction"_s}); // contacts, accounts, leads
    // Within the window's menus and any one section, a key triggers one action only.
    for (WorkspaceSection* section : std::initializer_list<WorkspaceSection*>{
             f.window->contacts(), f.window->accounts(), f.window->opportunities(), f.window->leads()}) {
        QHash<QKeySequence, QString> used;
        QList<QAction*> actions;
        for (const ShortcutsDialog::Group& g : ShortcutsDialog::menuGroups(f.window->menuBar(), {recordMenu}))
            actions += g.actions;
        actions += section->recordActions();
        QSet<QAction*> seen;
        for (QAction* action : std::as_const(actions)) {
            if (seen.contains(action))
                continue;
            seen.insert(action);
            for (const QKeySequence& key : action->shortcuts()) {
                INFO(key.toString().toStdString()
                     << " " << action->objectName().toStdString() << " " << used.value(key).toStdString());
                CHECK_FALSE(used.contains(key));
                used.insert(key, action->objectName());
            }
        }
    }
}
