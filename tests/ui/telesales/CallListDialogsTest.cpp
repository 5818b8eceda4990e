#include "StringMakers.h"
#include "../ModalDialogs.h"
#include "../calendar/Screenshots.h"
#include "ScreenshotLanguage.h"
#include "SettableClock.h"
#include "TempDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/ContactRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/QuoteRepository.h"
#include "store/records/UserRepository.h"
#include "opportunities/OpportunityDialog.h"
#include "services/CallListBuilder.h"
#include "telesales/CallCard.h"
#include "telesales/CallListForm.h"
#include "telesales/CallListSourceForm.h"
#include "telesales/CallListsDialog.h"
#include "telesales/NewCallListDialog.h"
#include "telesales/TelesalesSection.h"
#include "telesales/WrapUpPanel.h"
#include "widgets/MessageBanner.h"
#include "widgets/UndoHistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Fieldbook::Test;
using namespace Qt::StringLiterals;

namespace {

/// Two banks and a software house, a person at each, and two reps.
struct Office {
    Test::SettableClock clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0))};
    Test::TempDatabase tmp;
    UndoHistory undo;
    AppContext context{tmp.db(), undo};
    QString bank;
    QStringList contacts;
    QString ana;
    QString bo;

    Office() {
        bank = account(u"Nord Bank"_s, u"Banking"_s);
        contact(u"Jana"_s, bank, u"+49 30 1111111"_s);
        contact(u"Olaf"_s, account(u"Süd Bank"_s, u"Banking"_s), u"+49 30 2222222"_s);
        contact(u"王芳"_s, account(u"Code GmbH"_s, u"Software"_s), u"+49 30 3333333"_s);
        ana = rep(u"Ana"_s);
        bo = rep(u"Bo"_s);
    }
    QString account(const QString& name, const QString& industry) {
        Account a;
        a.name = name;
        a.industry = industry;
        return AccountRepository(tmp.db()).save(a).value().id;
    }
    void contact(const QString& first, const QString& accountId, const QString& phone) {
        Contact c;
        c.firstName = first;
        c.accountId = accountId;
        c.phones = {{u"work"_s, phone}};
        contacts.append(ContactRepository(tmp.db()).save(c).value().id);
    }
    QString rep(const QString& name) {
        User u;
        u.name = name;
        u.role = UserRole::Rep;
        return UserRepository(tmp.db()).save(u).value().id;
    }
    CallList only() {
        const auto lists = CallListRepository(tmp.db()).lists();
        REQUIRE(lists);
        REQUIRE(lists->size() == 1);
        return lists->first();
    }
};

QPushButton* ok(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("a call list is built in the app from a filter, and a failed build leaves nothing behind",
          "[ui][telesales]") {
    Office office;
    NewCallListDialog dialog(office.tmp.db());
    dialog.show();
    CHECK_FALSE(ok(&dialog)->isEnabled()); // no name yet
    QTest::keyClicks(dialog.form()->nameEdit(), u"Banks"_s);
    auto* industry = dialog.findChild<QComboBox*>(u"callListIndustry"_s);
    industry->setCurrentIndex(industry->findData(u"Banking"_s));
    dialog.findChild<QSpinBox*>(u"callListAttempts"_s)->setValue(5);

    // A file that is not there first: said in the dialog, which stays open; no list is stored.
    auto* source = dialog.sourceForm()->sourceCombo();
    source->setCurrentIndex(source->findData(int(CallListSource::Csv)));
    CHECK_FALSE(ok(&dialog)->isEnabled()); // no file yet
    QTest::keyClicks(dialog.findChild<QLineEdit*>(u"callListCsv"_s), office.tmp.dir() + u"/nope.csv"_s);
    ok(&dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.problem()->text().contains(u"nope.csv"_s));
    CHECK(CallListRepository(office.tmp.db()).lists().value().isEmpty());

    source->setCurrentIndex(source->findData(int(CallListSource::Contacts)));
    ok(&dialog)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());
    const CallList list = office.only();
    CHECK(list.name == u"Banks"_s);
    CHECK(list.maxAttempts == 5);
    CHECK(list.filter.contains(u"industry=Banking"_s));
    QStringList names;
    const QList<CallListEntry> all = CallListRepository(office.tmp.db()).entries(list.id).value();
    for (const CallListEntry& e : all)
        names.append(e.name);
    CHECK(names == QStringList{u"Jana"_s, u"Olaf"_s});
    // Plural forms come from the English translation, which the tests do not load.
    CHECK(NewCallListDialog::reportText(dialog.built()) == u"“Banks”: 2 number(s) added."_s);
}

TEST_CASE("records selected in a section are added to a new or an existing call list", "[ui][telesales]") {
    Office office;
    CHECK_FALSE(NewCallListDialog::addSelection(office.tmp.db(), CallListSource::Contacts, {}, nullptr));
    whenShown<NewCallListDialog>([](NewCallListDialog* dialog) {
        CHECK(dialog->targetCombo()->currentData().toString().isEmpty()); // a new list by default
        dialog->form()->nameEdit()->setText(u"Picked 精选"_s);            // keyClicks types Latin-1 only
        ok(dialog)->click();
    });
    const auto made = NewCallListDialog::addSelection(office.tmp.db(), CallListSource::Contacts,
                                                      {office.contacts[0], office.contacts[2]}, nullptr);
    REQUIRE(made);
    CHECK(*made == u"“Picked 精选”: 2 number(s) added."_s);
    const CallList list = office.only();
    CHECK(list.source == CallListSource::Selection);

    whenShown<NewCallListDialog>([&](NewCallListDialog* dialog) {
        dialog->targetCombo()->setCurrentIndex(dialog->targetCombo()->findData(list.id));
        CHECK_FALSE(dialog->form()->isEnabled()); // an existing list keeps its settings
        ok(dialog)->click();
    });
    const auto added = NewCallListDialog::addSelection(office.tmp.db(), CallListSource::Contacts,
                                                       {office.contacts[1], office.contacts[2]}, nullptr);
    REQUIRE(added);
    CHECK(*added == u"“Picked 精选”: 1 number(s) added; left out: 1 already on the list."_s);
    CHECK(CallListRepository(office.tmp.db()).entries(list.id).value().size() == 3);
}

TEST_CASE("a manager sees each list's progress per rep, hands it out in turn and moves a rep's numbers",
          "[ui][telesales]") {
    Office office;
    CallList list;
    list.name = u"Everyone"_s;
    REQUIRE(CallListBuilder(office.tmp.db(), u"DE"_s).create(list, CallListSource::Contacts, {}));
    const CallList stored = office.only();
    CallListsDialog dialog(office.tmp.db());
    auto* tree = dialog.tree();
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0) == u"Everyone"_s);
    CHECK(tree->topLevelItem(0)->text(1) == u"3"_s); // to call

    // Round-robin to the checked reps: Ana and Bo (the local user is no rep).
    whenShown<QDialog>([](QDialog* ask) {
        CHECK(ask->objectName() == u"callListRoundRobin"_s);
        ok(ask)->click();
    });
    dialog.findChild<QPushButton*>(u"roundRobinButton"_s)->click();
    REQUIRE(tree->topLevelItem(0)->childCount() == 2);
    QMap<QString, QString> toCall;
    for (int i = 0; i < 2; ++i)
        toCall.insert(tree->topLevelItem(0)->child(i)->text(0), tree->topLevelItem(0)->child(i)->text(1));
    CHECK(toCall == QMap<QString, QString>{{u"Ana"_s, u"2"_s}, {u"Bo"_s, u"1"_s}});
    CHECK(dialog.banner()->text().contains(u"2 person(s)"_s));

    // One of Ana's two numbers goes to Bo.
    QTreeWidgetItem* anaRow = tree->topLevelItem(0)->child(0)->text(0) == u"Ana"_s ? tree->topLevelItem(0)->child(0)
                                                                                   : tree->topLevelItem(0)->child(1);
    tree->setCurrentItem(anaRow);
    whenShown<QDialog>([&](QDialog* ask) {
        CHECK(ask->objectName() == u"callListReassign"_s);
        ask->findChild<QSpinBox*>(u"reassignCount"_s)->setValue(1);
        auto* to = ask->findChild<QComboBox*>(u"reassignTo"_s);
        to->setCurrentIndex(to->findData(office.bo));
        ok(ask)->click();
    });
    dialog.findChild<QPushButton*>(u"reassignButton"_s)->click();
    int bos = 0;
    const QList<CallListEntry> all = CallListRepository(office.tmp.db()).entries(stored.id).value();
    for (const CallListEntry& e : all)
        bos += e.ownerId == office.bo ? 1 : 0;
    CHECK(bos == 2);
    CHECK(dialog.banner()->text() == u"1 number(s) moved from Ana to Bo."_s);

    // Closed, the list leaves the queue; reopened it comes back.
    dialog.findChild<QPushButton*>(u"closeListButton"_s)->click();
    CHECK(CallListRepository(office.tmp.db()).list(stored.id).value()->closed);
    CHECK(dialog.findChild<QPushButton*>(u"closeListButton"_s)->text().contains(u"open"_s));
}

TEST_CASE("working offline a list that colleagues also work shows a notice", "[ui][telesales]") {
    Office office;
    CallList list;
    list.name = u"Shared"_s;
    REQUIRE(CallListBuilder(office.tmp.db(), u"DE"_s).create(list, CallListSource::Contacts, {}));
    const CallList stored = office.only();
    // Two numbers stay with the local user, one goes to Ana.
    const auto entries = CallListRepository(office.tmp.db()).entries(stored.id).value();
    REQUIRE(CallListRepository(office.tmp.db()).assign({entries.last().id}, office.ana));
    TelesalesSection section(office.context);
    section.show();
    REQUIRE(section.current());
    CHECK_FALSE(section.banner()->isVisible());
    section.setSyncOffline(true);
    CHECK(section.banner()->isVisible());
    CHECK(section.banner()->text().contains(u"Ana also work(s) “Shared”"_s));
    section.setSyncOffline(false);
    CHECK_FALSE(section.banner()->isVisible());
}

TEST_CASE("the card shows open quotes and the last order, and an opportunity made in the wrap-up is linked to the call",
          "[ui][telesales]") {
    Office office;
    Opportunity won;
    won.name = u"Safe deposit boxes"_s;
    won.accountId = office.bank;
    won.amount = 1'200'000;
    won.currency = u"EUR"_s;
    won.stage = u"won"_s;
    won.closeDate = QDate(2026, 5, 3);
    REQUIRE(OpportunityRepository(office.tmp.db()).save(won, OpportunityRepository::ClosingDate::AsGiven));
    Opportunity open = won;
    open.name = u"Vault doors"_s;
    open.stage = u"proposal"_s;
    open.closeDate = QDate(2027, 1, 31);
    const auto openDeal = OpportunityRepository(office.tmp.db()).save(open);
    REQUIRE(openDeal);
    const auto quote = QuoteRepository(office.tmp.db()).createFromOpportunity(openDeal->id);
    REQUIRE(quote);

    CallList list;
    list.name = u"Banks"_s;
    list.script = u"Last time you bought {last_order}."_s;
    CallListFilter only;
    only.ids = {office.contacts[0]};
    REQUIRE(CallListBuilder(office.tmp.db(), u"DE"_s).create(list, CallListSource::Contacts, only));
    TelesalesSection section(office.context);
    section.resize(1366, 768);
    section.show();
    section.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&section));
    REQUIRE(section.current());
    CHECK(section.card()->script().startsWith(u"Last time you bought Safe deposit boxes, 12,000.00 EUR, "_s));
    const QString quotes = section.card()->findChild<QLabel*>(u"callQuotes"_s)->text();
    CHECK(quotes.contains(quote->displayNumber()));
    CHECK(quotes.contains(u"Vault doors"_s));

    whenShown<OpportunityDialog>([](OpportunityDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_s), u"Night safe"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"amountEdit"_s), u"500"_s);
        auto* stage = dialog->findChild<QComboBox*>(u"stageCombo"_s);
        stage->setCurrentIndex(stage->findData(u"qualification"_s));
        dialog->save();
        if (dialog->isVisible())
            FAIL_CHECK(dialog->findChild<MessageBanner*>()->text().toStdString());
    });
    QTest::keyClick(&section, Qt::Key_O, Qt::ControlModifier | Qt::AltModifier);
    CHECK(section.wrapUp()->findChild<QLabel*>(u"linkedOpportunity"_s)->text().contains(u"Night safe"_s));
    section.wrapUp()->setOutcome(CallOutcome::Connected);
    section.saveAndNext();
    const auto calls = ActivityRepository(office.tmp.db()).forContact(office.contacts[0]);
    REQUIRE(calls);
    REQUIRE(calls->size() == 1);
    const auto deal = OpportunityRepository(office.tmp.db()).get(calls->first().opportunityId);
    REQUIRE(deal);
    CHECK(deal->name == u"Night safe"_s);
    CHECK(deal->accountId == office.bank);
    CHECK(deal->contactId == office.contacts[0]);
}

TEST_CASE("the call list dialogs fit a laptop screen, light and dark, in two languages",
          "[ui][telesales][screenshots]") {
    for (const bool chinese : {false, true}) {
        const Test::Language language(chinese);
        Office office;
        CallList list;
        list.name = u"Banks 银行"_s;
        REQUIRE(CallListBuilder(office.tmp.db(), u"DE"_s).create(list, CallListSource::Contacts, {}));
        REQUIRE(CallListRepository(office.tmp.db()).assignRoundRobin(office.only().id, {office.ana, office.bo}));
        const QString suffix = chinese ? u"dark-zh"_s : u"light-en"_s;

        NewCallListDialog create(office.tmp.db());
        CHECK(create.windowTitle() == (chinese ? u"新建外呼名单"_s : u"New call list"_s));
        CallListsDialog manage(office.tmp.db());
        for (QDialog* dialog : {static_cast<QDialog*>(&create), static_cast<QDialog*>(&manage)}) {
            if (chinese)
                dialog->setPalette(Test::darkPalette());
            dialog->show();
            REQUIRE(QTest::qWaitForWindowExposed(dialog));
            // Within a 1366×768 screen less the panel and title bar.
            CHECK(dialog->frameGeometry().width() <= 1366);
            CHECK(dialog->frameGeometry().height() <= 700);
        }
        Test::saveScreenshot(Test::grabbed(create), "FIELDBOOK_TELESALES_SCREENSHOTS",
                             u"new-call-list-%1.png"_s.arg(suffix));
        Test::saveScreenshot(Test::grabbed(manage), "FIELDBOOK_TELESALES_SCREENSHOTS",
                             u"call-lists-%1.png"_s.arg(suffix));
    }
}
