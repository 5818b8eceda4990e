#include "../WorkspaceFixture.h"
#include "StringMakers.h"
#include "contacts/ContactsSection.h"
#include "leads/LeadsSection.h"
#include "protocol/RecordType.h"
#include "store/records/ContactRepository.h"
#include "store/records/LeadRepository.h"
#include "widgets/MessageBox.h"

#include <catch2/catch.hpp>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

TEST_CASE("screen pop brings up the caller however the number is written, or offers a lead", "[ui][telesales]") {
    Test::WorkspaceFixture f;
    Contact c;
    c.firstName = u"芳"_s;
    c.lastName = u"王"_s;
    c.phones = {{u"mobile"_s, u"+86 138 0013 8000"_s}};
    const QString fang = ContactRepository(f.tmp.db()).save(c).value().id;

    for (const QString& written : {u"+8613800138000"_s, u"0086 138 0013 8000"_s, u"138-0013-8000"_s}) {
        INFO(written.toStdString());
        CHECK(f.window->screenPop(written) == std::pair{RecordType::contacts().table, fang});
        CHECK(f.window->currentSection() == f.window->contacts());
    }

    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK(f.window->screenPop(u"+49 30 901820"_s) == std::pair<QString, QString>());
    CHECK(MessageBox::lastText().contains(u"+49 30 901820"_s));
    CHECK(LeadRepository(f.tmp.db()).count().value() == 0);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    const auto [table, id] = f.window->screenPop(u"+49 30 901820"_s);
    CHECK(table == RecordType::leads().table);
    const auto lead = LeadRepository(f.tmp.db()).get(id);
    REQUIRE(lead);
    CHECK(lead->phone == u"+49 30 901820"_s);
    CHECK(f.window->currentSection() == f.window->leads());
    // The number now belongs to the new lead: the next call from it brings the lead up.
    CHECK(f.window->screenPop(u"0049 30 901820"_s) == std::pair{RecordType::leads().table, id});
}
