#include "WorkspaceFixture.h"

#include "accounts/AccountsSection.h"
#include "contacts/ContactsSection.h"
#include "store/records/AccountRepository.h"
#include "store/records/ContactRepository.h"
#include "widgets/FilterBar.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace Fieldbook;

TEST_CASE("an account is created with its revenue in minor units and lists its contacts", "[ui][accounts]") {
    Test::WorkspaceFixture f;
    AccountsSection* section = f.window->accounts();
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    REQUIRE(f.window->currentSection() == section);

    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* name = f.child<QLineEdit>(section, u"nameEdit"_s);
    REQUIRE(QApplication::focusWidget() == name);
    QTest::keyClicks(name, u"Northwind Traders"_s);
    QTest::keyClicks(f.child<QLineEdit>(section, u"revenueEdit"_s), u"1,234,567.89"_s);
    f.child<QComboBox>(section, u"currencyCombo"_s)->setCurrentText(u"EUR"_s);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    const QString accountId = section->currentId();
    REQUIRE_FALSE(accountId.isEmpty());
    const auto stored = AccountRepository(f.tmp.db()).get(accountId);
    CHECK(stored->annualRevenue == 123456789);
    CHECK(stored->currency == u"EUR");

    auto* tabs = f.child<QTabWidget>(section, u"detailTabs"_s);
    const int peopleTab = tabs->indexOf(f.child<QWidget>(section, u"accountContacts"_s));
    CHECK(tabs->tabText(peopleTab) == u"&People (0)"_s);

    Contact nancy;
    nancy.firstName = u"Nancy"_s;
    nancy.lastName = u"Davolio"_s;
    nancy.accountId = accountId;
    const auto contact = ContactRepository(f.tmp.db()).save(nancy);
    REQUIRE(contact);
    auto* people = f.child<QListWidget>(section, u"accountContactList"_s);
    REQUIRE(people->count() == 1);
    CHECK(tabs->tabText(peopleTab) == u"&People (1)"_s); // follows the store, not only a new selection
    emit people->itemActivated(people->item(0));
    CHECK(f.window->currentSection() == f.window->contacts());
    CHECK(f.window->contacts()->currentId() == contact->id);
    CHECK(f.window->contacts()->filterBar()->filter().accountId == accountId);

    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(tabs->tabText(peopleTab) == u"&People"_s); // a new account has no people yet
}

TEST_CASE("an account keeps the language its quotes are printed in", "[ui][accounts][quotes]") {
    Test::WorkspaceFixture f;
    AccountsSection* section = f.window->accounts();
    QTest::keyClick(f.window.get(), Qt::Key_2, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto* name = f.child<QLineEdit>(section, u"nameEdit"_s);
    QTest::keyClicks(name, u"Suzhou Zhiyuan Technology"_s);
    auto* language = f.child<QComboBox>(section, u"documentLanguageCombo"_s);
    CHECK(language->currentData().toString().isEmpty()); // the app's language until chosen
    const int chinese = language->findData(u"zh_CN"_s);
    REQUIRE(chinese > 0);
    language->setCurrentIndex(chinese);
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    const QString accountId = section->currentId();
    REQUIRE_FALSE(accountId.isEmpty());
    CHECK(AccountRepository(f.tmp.db()).get(accountId)->language == u"zh_CN"_s);

    // A language this release has no translation for (from a newer one, through sync) is kept.
    Account other = *AccountRepository(f.tmp.db()).get(accountId);
    other.language = u"ja_JP"_s;
    REQUIRE(AccountRepository(f.tmp.db()).save(other));
    section->refreshCurrentRecord();
    CHECK(language->currentData().toString() == u"ja_JP"_s);
}
