#include "../ModalDialogs.h"
#include "../WorkspaceFixture.h"
#include "StringMakers.h"

#include "leads/AssignLeadsDialog.h"
#include "leads/ConvertLeadDialog.h"
#include "common/ReasonDialog.h"
#include "activities/QuickLogForm.h"
#include "activities/TimelinePane.h"
#include "leads/LeadDetailPane.h"
#include "leads/LeadEditor.h"
#include "leads/LeadFilterBar.h"
#include "leads/LeadsSection.h"
#include "models/LeadListModel.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/UserRepository.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using Fieldbook::Test::whenShown;

namespace {

/// Types any text, CJK included (QTest::keyClicks types Latin-1 only).
void type(QWidget* widget, const QString& text) {
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::KeyAction::Click, widget, Qt::Key_unknown, c, Qt::NoModifier);
}

struct LeadsFixture : Test::WorkspaceFixture {
    LeadsSection* section = nullptr;

    LeadsFixture() {
        section = window->leads();
        QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
        REQUIRE(window->currentSection() == section);
    }
    QString add(const QString& first, const QString& last, const QString& company, const QString& email = {}) {
        Lead l;
        l.firstName = first;
        l.lastName = last;
        l.company = company;
        l.email = email;
        auto saved = LeadRepository(tmp.db()).save(l);
        REQUIRE(saved);
        return saved->id;
    }
    Lead stored(const QString& id) { return LeadRepository(tmp.db()).get(id).value(); }
    QStringList names() const {
        QStringList list;
        for (int row = 0; row < section->model()->rowCount(); ++row)
            list.append(section->model()->index(row, LeadListModel::Name).data().toString());
        return list;
    }
    void trigger(const QString& action) {
        for (QAction* a : section->recordActions())
            if (a->objectName() == action) {
                REQUIRE(a->isEnabled());
                a->trigger();
                return;
            }
        FAIL("no action " << action.toStdString());
    }
    QString bannerText() const { return section->banner()->isVisible() ? section->banner()->text() : QString(); }
};

} // namespace

TEST_CASE("quick add captures Chinese and Western leads from one line", "[ui][leads]") {
    LeadsFixture f;
    auto* empty = f.child<QLabel>(f.section, u"emptyStateLabel"_s);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText)));
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* name = f.child<QLineEdit>(f.section, u"quickAddName"_s);
    CHECK(name->hasFocus());
    type(name, u"欧阳晓明"_s);
    type(f.child<QLineEdit>(f.section, u"quickAddCompany"_s), u"深圳华辰电子"_s);
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(f.names() == QStringList{u"欧阳晓明"_s});
    const Lead zh = f.stored(f.section->model()->idAt(0));
    CHECK(zh.lastName == u"欧阳"_s);
    CHECK(zh.firstName == u"晓明"_s);
    CHECK(zh.company == u"深圳华辰电子"_s);
    CHECK(name->text().isEmpty());
    CHECK(f.bannerText().contains(u"欧阳晓明"_s));

    QTest::keyClicks(name, u"Jane Roe"_s);
    QTest::keyClicks(f.child<QLineEdit>(f.section, u"quickAddReach"_s), u"jane@acme.example"_s);
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(f.names() == QStringList{u"Jane Roe"_s, u"欧阳晓明"_s});
    const Lead en = f.stored(f.section->model()->idAt(0));
    CHECK(en.lastName == u"Roe"_s);
    CHECK(en.email == u"jane@acme.example"_s);
    CHECK(f.section->currentId() == en.id); // the new lead is open in the form

    // Nothing to add: the banner says what is missing, nothing is stored.
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(f.section->banner()->type() == MessageBanner::Type::Error);
    CHECK(f.bannerText().contains(u"name"_s));
    CHECK(f.section->model()->totalCount() == 2);
}

TEST_CASE("the lead form saves edits and disqualifying asks for the reason", "[ui][leads]") {
    LeadsFixture f;
    const QString id = f.add(u"Ada"_s, u"Lovelace"_s, u"Analytical Engines"_s);
    f.section->openRecord(id);
    auto* title = f.child<QLineEdit>(f.section->editor(), u"titleEdit"_s);
    QTest::keyClicks(title, u"CTO"_s);
    CHECK(f.section->editor()->isDirty());
    QTest::keyClick(f.window.get(), Qt::Key_S, Qt::ControlModifier);
    CHECK(f.stored(id).title == u"CTO"_s);
    CHECK_FALSE(f.section->editor()->isDirty());

    bool asked = false;
    whenShown<ReasonDialog>([&](ReasonDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    f.trigger(u"disqualifyAction"_s);
    CHECK(asked);
    CHECK(f.stored(id).status == LeadStatus::New);

    whenShown<ReasonDialog>([](ReasonDialog* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled());
        QTest::keyClicks(dialog->findChild<QComboBox*>(u"disqualifyReasonCombo"_s)->lineEdit(), u"Student project"_s);
        CHECK(ok->isEnabled());
        ok->click();
    });
    f.trigger(u"disqualifyAction"_s);
    const Lead out = f.stored(id);
    CHECK(out.status == LeadStatus::Disqualified);
    CHECK(out.disqualifyReason == u"Student project"_s);
    CHECK(f.bannerText().contains(u"Student project"_s));
    CHECK(f.names().isEmpty()); // the list shows open leads

    auto* status = f.child<QComboBox>(f.section->filterBar(), u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"disqualified"_s));
    CHECK(f.names() == QStringList{u"Ada Lovelace"_s});
    f.trigger(u"qualifyAction"_s);
    CHECK(f.stored(id).status == LeadStatus::Qualified);
    CHECK(f.stored(id).disqualifyReason.isEmpty());
}

TEST_CASE("the lead list filters by rating and source and searches Chinese names", "[ui][leads]") {
    LeadsFixture f;
    Lead hot;
    hot.firstName = u"芳"_s;
    hot.lastName = u"王"_s;
    hot.rating = LeadRating::Hot;
    hot.source = u"Trade fair"_s;
    REQUIRE(LeadRepository(f.tmp.db()).save(hot));
    f.add(u"Bob"_s, u"Stone"_s, u"Globex"_s);
    f.section->filterBar()->reloadSources();
    CHECK(f.section->model()->totalCount() == 2);

    auto* rating = f.child<QComboBox>(f.section->filterBar(), u"ratingFilter"_s);
    rating->setCurrentIndex(rating->findData(u"hot"_s));
    CHECK(f.names() == QStringList{u"王芳"_s});
    rating->setCurrentIndex(0);
    auto* source = f.child<QComboBox>(f.section->filterBar(), u"sourceFilter"_s);
    REQUIRE(source->findData(u"Trade fair"_s) > 0);
    source->setCurrentIndex(source->findData(u"Trade fair"_s));
    CHECK(f.names() == QStringList{u"王芳"_s});
    source->setCurrentIndex(0);

    auto* search = f.child<QLineEdit>(f.section->filterBar(), u"searchField"_s);
    type(search, u"芳"_s);
    f.section->filterBar()->applyNow();
    CHECK(f.names() == QStringList{u"王芳"_s});
    CHECK(f.child<QLabel>(f.window.get(), u"recordCount"_s)->text().startsWith(u"1 lead"_s));
}

TEST_CASE("converting shows the matched account and contact and converts into them", "[ui][leads][conversion]") {
    LeadsFixture f;
    Account acme;
    acme.name = u"Acme Corporation"_s;
    acme = *AccountRepository(f.tmp.db()).save(acme);
    Contact jane;
    jane.firstName = u"Jane"_s;
    jane.lastName = u"Roe"_s;
    jane.accountId = acme.id;
    jane.emails.append({u"work"_s, u"jane@acme.example"_s});
    jane = *ContactRepository(f.tmp.db()).save(jane);
    const QString id = f.add(u"Jane"_s, u"Roe"_s, u"ACME Corp."_s, u"jane@acme.example"_s);
    f.add(u"Zoe"_s, u"Other"_s, u"Globex"_s);
    f.section->openRecord(id);

    whenShown<ConvertLeadDialog>([&](ConvertLeadDialog* dialog) {
        CHECK(dialog->findChild<QRadioButton*>(u"useExistingAccount"_s)->isChecked());
        auto* accounts = dialog->findChild<QComboBox*>(u"existingAccountCombo"_s);
        CHECK(accounts->currentData().toString() == acme.id);
        CHECK(accounts->currentText().contains(u"Acme Corporation"_s));
        CHECK(dialog->findChild<QRadioButton*>(u"useExistingContact"_s)->isChecked());
        CHECK(dialog->findChild<QComboBox*>(u"existingContactCombo"_s)->currentData().toString() == jane.id);
        auto* name = dialog->findChild<QLineEdit*>(u"opportunityNameEdit"_s);
        name->clear();
        QTest::keyClicks(name, u"Rollout 2026"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"amountEdit"_s), u"not money"_s);
        dialog->convert(); // refused in the dialog, which stays open
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<MessageBanner*>(u"dialogBanner"_s)->text().contains(u"not money"_s));
        dialog->findChild<QLineEdit*>(u"amountEdit"_s)->setText(u"1,500"_s);
        dialog->findChild<QComboBox*>(u"currencyCombo"_s)->setCurrentText(u"USD"_s);
        dialog->convert();
    });
    f.trigger(u"convertAction"_s);

    const Lead converted = f.stored(id);
    REQUIRE(converted.status == LeadStatus::Converted);
    CHECK(converted.convertedAccountId == acme.id);
    CHECK(converted.convertedContactId == jane.id);
    const Opportunity o = *OpportunityRepository(f.tmp.db()).get(converted.convertedOpportunityId);
    CHECK(o.name == u"Rollout 2026"_s);
    CHECK(o.amount == 150000);
    CHECK(*AccountRepository(f.tmp.db()).count() == 1);
    CHECK(*ContactRepository(f.tmp.db()).count() == 1);
    CHECK(f.bannerText().contains(u"Acme Corporation"_s));
    CHECK(f.names() == QStringList{u"Zoe Other"_s}); // converted leads leave the open list
    // The form still shows the lead: what it became, and no longer editable.
    CHECK(f.section->currentId() == id);
    auto* note = f.child<QLabel>(f.section->editor(), u"conversionNote"_s);
    CHECK(note->isVisible());
    CHECK(note->text().contains(u"Acme Corporation"_s));
    CHECK_FALSE(f.child<QLineEdit>(f.section->editor(), u"firstNameEdit"_s)->isEnabled());
    for (QAction* action : f.section->recordActions())
        if (action->objectName() == u"convertAction" || action->objectName() == u"qualifyAction")
            CHECK_FALSE(action->isEnabled());
}

TEST_CASE("a lead converted into new records when the user chooses so", "[ui][leads][conversion]") {
    LeadsFixture f;
    Account acme;
    acme.name = u"Acme"_s;
    acme = *AccountRepository(f.tmp.db()).save(acme);
    const QString id = f.add(u"Li"_s, u"Na"_s, u"Acme"_s);
    f.section->openRecord(id);
    whenShown<ConvertLeadDialog>([](ConvertLeadDialog* dialog) {
        CHECK(dialog->findChild<QRadioButton*>(u"useExistingAccount"_s)->isChecked());
        CHECK_FALSE(dialog->findChild<QRadioButton*>(u"useExistingContact"_s)->isEnabled()); // no match
        dialog->findChild<QRadioButton*>(u"createAccount"_s)->click();
        dialog->findChild<QGroupBox*>(u"opportunityGroup"_s)->setChecked(false);
        dialog->convert();
    });
    f.trigger(u"convertAction"_s);
    const Lead converted = f.stored(id);
    REQUIRE(converted.status == LeadStatus::Converted);
    CHECK(converted.convertedAccountId != acme.id);
    CHECK(converted.convertedOpportunityId.isEmpty());
    CHECK(*AccountRepository(f.tmp.db()).count() == 2);
}

TEST_CASE("selected leads are assigned by hand or round-robin within a team", "[ui][leads][assignment]") {
    LeadsFixture f;
    QHash<QString, QString> idOf;
    for (const QString& name : {u"Bob"_s, u"alice"_s, u"Carol"_s}) {
        User u;
        u.name = name;
        u.team = name == u"Carol"_s ? u"South"_s : u"North"_s;
        idOf.insert(name, UserRepository(f.tmp.db()).save(u)->id);
    }
    const QStringList leads{f.add(u"A"_s, u"One"_s, {}), f.add(u"B"_s, u"Two"_s, {}), f.add(u"C"_s, u"Three"_s, {})};
    f.section->list()->selectAll();
    REQUIRE(f.section->selectedIds().size() == 3);

    whenShown<AssignLeadsDialog>([](AssignLeadsDialog* dialog) {
        auto* team = dialog->findChild<QComboBox*>(u"teamCombo"_s);
        REQUIRE(team->count() == 2);
        team->setCurrentIndex(team->findText(u"North"_s));
        CHECK(dialog->findChild<QLabel*>(u"roundRobinTurn"_s)->text().contains(u"alice, Bob"_s));
        dialog->accept();
    });
    f.trigger(u"roundRobinAction"_s);
    QStringList owners;
    for (const QString& id : leads)
        owners.append(idOf.key(f.stored(id).ownerId));
    owners.sort();
    CHECK(owners == QStringList{u"Bob"_s, u"alice"_s, u"alice"_s});
    CHECK(f.bannerText().contains(u"alice"_s));

    whenShown<AssignLeadsDialog>([](AssignLeadsDialog* dialog) {
        auto* user = dialog->findChild<QComboBox*>(u"assigneeCombo"_s);
        user->setCurrentIndex(user->findText(u"Carol"_s));
        dialog->accept();
    });
    f.trigger(u"assignAction"_s);
    for (const QString& id : leads)
        CHECK(f.stored(id).ownerId == idOf.value(u"Carol"_s));
}

TEST_CASE("unsaved edits of a lead are saved or discarded before another lead opens", "[ui][leads]") {
    LeadsFixture f;
    const QString ada = f.add(u"Ada"_s, u"Lovelace"_s, {});
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(f.section->currentId().isEmpty());
    auto* first = f.child<QLineEdit>(f.section->editor(), u"firstNameEdit"_s);
    auto* last = f.child<QLineEdit>(f.section->editor(), u"lastNameEdit"_s);
    CHECK(first->hasFocus());
    QTest::keyClicks(first, u"Grace"_s);
    REQUIRE(f.section->editor()->isDirty());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    f.section->openRecord(ada);
    CHECK(f.section->currentId() == ada);
    CHECK(first->text() == u"Ada"_s);
    CHECK(f.section->model()->totalCount() == 1);

    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(first, u"Grace"_s);
    QTest::keyClicks(last, u"Hopper"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    f.section->openRecord(ada);
    CHECK(f.section->currentId() == ada);
    CHECK(f.names() == QStringList{u"Ada Lovelace"_s, u"Grace Hopper"_s});

    // A refused save keeps the form and the user where they are.
    CHECK_FALSE(f.section->editor()->isDirty());
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    QTest::keyClicks(f.child<QLineEdit>(f.section->editor(), u"emailEdit"_s), u"nobody"_s);
    MessageBox::setNextAnswer(QMessageBox::Save);
    f.section->openRecord(ada);
    CHECK(f.section->currentId().isEmpty());
    CHECK(f.section->banner()->type() == MessageBanner::Type::Error);
    CHECK(f.section->editor()->isDirty());
}

TEST_CASE("a call is logged for a lead with Ctrl+L, as for a contact", "[ui][leads][activities]") {
    LeadsFixture f;
    const QString ada = f.add(u"Ada"_s, u"Lovelace"_s, u"Analytical Engines Ltd"_s);
    f.section->openRecord(ada);
    REQUIRE(f.section->currentId() == ada);
    f.section->list()->setFocus();
    QTest::keyClick(f.window.get(), Qt::Key_L, Qt::ControlModifier);
    auto* form = f.child<QuickLogForm>(f.section, u"quickLogForm"_s);
    REQUIRE(form->isVisible());
    CHECK(form->kind() == ActivityKind::Call);
    auto* subject = f.child<QLineEdit>(form, u"logSubjectEdit"_s);
    QTest::keyClicks(subject, u"Asked about the pilot"_s);
    f.child<QComboBox>(form, u"logOutcomeCombo"_s)->setCurrentIndex(0);
    QTest::keyClick(subject, Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(form->isVisible());

    const auto logged = ActivityRepository(f.tmp.db()).forLead(ada);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().kind == ActivityKind::Call);
    CHECK(logged->first().subject == u"Asked about the pilot"_s);
    CHECK(logged->first().outcome == u"connected"_s);
    CHECK(logged->first().contactId.isEmpty());
    CHECK(f.section->detail()->timeline()->model()->rowCount() == 1);
    CHECK(f.bannerText().contains(u"Call"_s));

    // Another lead shows its own (empty) timeline.
    const QString grace = f.add(u"Grace"_s, u"Hopper"_s, {});
    f.section->openRecord(grace);
    CHECK(f.section->detail()->timeline()->model()->rowCount() == 0);
    f.section->openRecord(ada);
    CHECK(f.section->detail()->timeline()->model()->rowCount() == 1);
}
