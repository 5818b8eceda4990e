#include "StringMakers.h"
#include "MailProgramOnPath.h"
#include "TempDatabase.h"
#include "calendar/EventInvitation.h"
#include "store/records/EventRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// A saved visit to which the contact Wang Fang is invited, organised by a user with an address.
QString invitedVisit(Database& db) {
    User me = *UserRepository(db).localUser();
    me.name = u"Anna Schmidt"_s;
    me.email = u"anna@fieldbook.example"_s;
    REQUIRE(UserRepository(db).save(me));
    CalendarEvent visit;
    visit.title = u"拜访 智远科技"_s;
    visit.start = CalendarTime::zoned({2027, 3, 1}, {9, 0}, "Asia/Shanghai");
    visit.end = CalendarTime::zoned({2027, 3, 1}, {10, 0}, "Asia/Shanghai");
    visit.attendees = {{{}, {}, u"Wang Fang"_s, u"wang.fang@zhiyuan.example"_s, {}}};
    return EventRepository(db).save(visit)->id;
}

} // namespace

TEST_CASE("an invitation goes to the mail program addressed to the event's contacts", "[ui][calendar][invitation]") {
    QStandardPaths::setTestModeEnabled(true); // the file waits for the mail program in a test cache
    Test::TempDatabase t;
    const QString id = invitedVisit(t.db());
    Test::MailProgramOnPath mail(true);
    auto sent = EventInvitation(t.db(), [](const QString&) { return QString(); }).send(id);
    REQUIRE(sent);
    CHECK(sent->type == MessageBanner::Type::Positive);
    CHECK(sent->message.contains(u"wang.fang@zhiyuan.example"_s));
    const QStringList arguments = mail.arguments();
    REQUIRE(arguments.size() == 5);
    CHECK(arguments.at(0) == u"--attach"_s);
    CHECK(arguments.at(1).endsWith(id + u".ics"_s));
    CHECK(arguments.at(2) == u"--subject"_s);
    CHECK(arguments.at(3) == u"Invitation: 拜访 智远科技"_s);
    CHECK(arguments.at(4) == u"wang.fang@zhiyuan.example"_s);
    QFile ics(arguments.at(1));
    REQUIRE(ics.open(QIODevice::ReadOnly));
    const QByteArray bytes = ics.readAll();
    CHECK(bytes.contains("METHOD:REQUEST\r\n"));
    CHECK(bytes.contains("anna@fieldbook.example"));
}

TEST_CASE("without a mail program the invitation is saved where the user says", "[ui][calendar][invitation]") {
    Test::TempDatabase t;
    const QString id = invitedVisit(t.db());
    Test::MailProgramOnPath mail(false);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"for-wang.ics"_s);
    auto sent = EventInvitation(t.db(), [&](const QString& suggested) {
                    CHECK(suggested.endsWith(u".ics"_s));
                    return path;
                }).send(id);
    REQUIRE(sent);
    CHECK(sent->type == MessageBanner::Type::Positive);
    CHECK(sent->message.contains(u"for-wang.ics"_s));
    CHECK(sent->message.contains(u"wang.fang@zhiyuan.example"_s)); // whom to send the file to
    QFile ics(path);
    REQUIRE(ics.open(QIODevice::ReadOnly));
    const QByteArray bytes = ics.readAll();
    CHECK(bytes.contains("METHOD:REQUEST\r\n"));
    CHECK(bytes.contains("ATTENDEE"));
    CHECK(bytes.contains("wang.fang@zhiyuan.example"));
    // Cancelled in the file dialog: nothing happens, nothing is said.
    auto cancelled = EventInvitation(t.db(), [](const QString&) { return QString(); }).send(id);
    REQUIRE(cancelled);
    CHECK(cancelled->message.isEmpty());
}
