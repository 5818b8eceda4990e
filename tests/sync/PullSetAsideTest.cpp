#include "SyncFixture.h"

#include "storage/ServerDatabase.h"
#include "store/records/AccountRepository.h"
#include "store/records/ActivityRepository.h"
#include "store/records/ContactRepository.h"
#include "store/journal/SyncIssues.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// What an older or careless server may have stored: `field` of a record set to `value` behind the
/// server's back, as a new change that every device pulls.
void corrupt(TestServer& server, const QString& table, const QString& id, const QString& field,
             const QJsonValue& value) {
    auto& db = server.db();
    REQUIRE(db.transaction([&]() -> Result<void> {
        auto sv = db.nextChangeSequence();
        if (!sv)
            return std::unexpected(sv.error());
        auto fields = db.scalar(u"SELECT fields FROM records WHERE tbl = ? AND id = ?"_s, {table, id});
        if (!fields)
            return std::unexpected(fields.error());
        QJsonObject object = QJsonDocument::fromJson(fields->toString().toUtf8()).object();
        object.insert(field, value);
        auto written =
            db.run(u"UPDATE records SET fields = ?, row_version = ? WHERE tbl = ? AND id = ?"_s,
                   {QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)), *sv, table, id});
        if (!written)
            return std::unexpected(written.error());
        return {};
    }));
}

Contact contactNamed(const QString& first) {
    Contact c;
    c.firstName = first;
    c.lastName = u"Lindqvist"_s;
    return c;
}

} // namespace

TEST_CASE("a pulled record this store cannot take is set aside and every other change still arrives",
          "[sync][setaside]") {
    TestServer server;
    server.addUser(u"maria"_s, u"manager"_s);
    TestClient laptop(server, u"maria"_s);
    TestClient desk(server, u"maria"_s);
    const Contact ada = *ContactRepository(laptop.db()).save(contactNamed(u"Ada"_s));
    Activity call;
    call.kind = ActivityKind::Call;
    call.subject = u"Intro call"_s;
    call.contactId = ada.id;
    call.startsAt = 1'790'000'000'000;
    const Activity logged = *ActivityRepository(laptop.db()).save(call);
    synced(laptop);
    synced(desk);

    corrupt(server, u"activities"_s, logged.id, u"kind"_s, u"bogus"_s);
    corrupt(server, u"contacts"_s, ada.id, u"first_name"_s, QJsonValue::Null);
    const Contact bo = *ContactRepository(laptop.db()).save(contactNamed(u"Bo"_s)); // a good change after them
    synced(laptop);

    const auto summary = desk.sync();
    REQUIRE(summary); // the pull does not stop
    CHECK(summary->setAside == 2);
    CHECK(ContactRepository(desk.db()).get(bo.id).has_value());
    CHECK(ContactRepository(desk.db()).get(ada.id)->firstName == u"Ada"_s); // the last good version stays
    const auto aside = SyncIssues(desk.db()).setAside();
    REQUIRE(aside);
    REQUIRE(aside->size() == 2);
    QStringList reasons;
    for (const SyncSetAside& entry : *aside)
        reasons.append(entry.table + u" "_s + entry.reason);
    reasons.sort();
    CHECK(reasons.at(0).startsWith(u"activities kind: 'bogus'"_s));
    CHECK(reasons.at(1) == u"contacts first_name: may not be null"_s);
    CHECK(*SyncIssues(desk.db()).count() == 2);

    // Later pages apply too, and a good version of a set-aside record replaces its entry.
    Contact fixed = *ContactRepository(laptop.db()).get(ada.id);
    fixed.firstName = u"Ada Maria"_s;
    fixed.title = u"CFO"_s;
    REQUIRE(ContactRepository(laptop.db()).save(fixed));
    synced(laptop);
    const auto again = desk.sync();
    REQUIRE(again);
    CHECK(ContactRepository(desk.db()).get(ada.id)->title == u"CFO"_s);
    CHECK(again->setAside == 1);
    REQUIRE(SyncIssues(desk.db()).dismiss(u"activities"_s, logged.id));
    CHECK(*SyncIssues(desk.db()).count() == 0);
}
