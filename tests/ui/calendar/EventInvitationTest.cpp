#include "StringMakers.h"
#include "TempDatabase.h"
#include "calendar/EventInvitation.h"
#include "store/records/EventRepository.h"
#include "store/records/UserRepository.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Fieldbook;
using namespace Qt::StringLiterals;

namespace {

/// PATH holding only a folder of the test's, with an `xdg-email` that writes its arguments when asked for.
class PathWithMailProgram {
public:
    explicit PathWithMailProgram(bool present)
        : m_saved(qgetenv("PATH")) {
        REQUIRE(m_dir.isValid());
        if (present) {
            QFile script(m_dir.filePath(u"xdg-email"_s));
            REQUIRE(script.open(QIODevice::WriteOnly));
            script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args.tmp\" && /bin/mv \"$0.args.tmp\" \"$0.args\"\n");
            script.close();
            REQUIRE(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        }
        qputenv("PATH", QFile::encodeName(m_dir.path()));
    }
    ~PathWithMailProgram() { qputenv("PATH", m_saved); }

    QStringList arguments() const {
        const QString path = m_dir.filePath(u"xdg-email.args"_s);
        if (!QTest::qWaitFor([&] { return QFile::exists(path); }, 10000))
            return {};
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_saved;
};

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
    PathWithMailProgram mail(true);
    auto sent = EventInvitation(t.db(), [](const QString&) { return QString(); }).send(id);
    REQUIRE(sent);
    CHECK(sent->message.contains(u"wang.fang@zhiyuan.example"_s));
    const QStringList arguments = mail.arguments();
    REQUIRE(arguments.size() == 5);
    CHECK(arguments.at(0) == u"--attach"_s);
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
    PathWithMailProgram mail(false);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"for-wang.ics"_s);
    auto sent = EventInvitation(t.db(), [&](const QString& suggested) {
                    CHECK(suggested.endsWith(u".ics"_s));
                    return path;
                }).send(id);
    REQUIRE(sent);
    CHECK(sent->message.contains(u"for-wang.ics"_s));
    QFile ics(path);
    REQUIRE(ics.open(QIODevice::ReadOnly));
    CHECK(ics.readAll().contains("ATTENDEE"));
    // Cancelled in the file dialog: nothing happens, nothing is said.
    auto cancelled = EventInvitation(t.db(), [](const QString&) { return QString(); }).send(id);
    REQUIRE(cancelled);
    CHECK(cancelled->message.isEmpty());
}
