#include "SyncWorkspace.h"

#include "domain/Pipeline.h"
#include "protocol/RecordType.h"
#include "SmallDemo.h"
#include "store/records/AttachmentRepository.h"
#include "store/records/CallListRepository.h"
#include "store/records/CommissionPlanRepository.h"
#include "store/records/OpportunityLineRepository.h"
#include "store/records/OpportunityRepository.h"
#include "store/records/AccountRepository.h"
#include "store/records/EventRepository.h"
#include "store/records/ReminderStateRepository.h"
#include "store/records/TaskRepository.h"
#include "store/records/PipelineRepository.h"
#include "store/records/QuotaRepository.h"
#include "store/records/ForecastHistoryRepository.h"
#include "services/ForecastReport.h"
#include "services/ForecastSnapshots.h"
#include "store/journal/SyncIssues.h"
#include "store/journal/SyncJournal.h"
#include "sync/SyncIssuesDialog.h"
#include "widgets/MessageBanner.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTreeWidget>

#include <set>

using namespace Qt::StringLiterals;
using namespace Fieldbook;
using namespace Fieldbook::Test;

namespace {

/// Demo data, plus what the demo does not make: an attachment, a custom pipeline, a product line,
/// an event, a task, a dismissed reminder, a quota, a commission plan, a forecast
/// adjustment, a submitted forecast and a call list with an entry.
void recordsOfEveryType(Database& db) {
    Test::generateSmallDemo(db);

    qint64 last = 0;
    const auto accounts = AccountRepository(db).page(0, 10, &last);
    REQUIRE(accounts);
    REQUIRE_FALSE(accounts->isEmpty());
    REQUIRE(AttachmentRepository(db).addData(u"accounts"_s, accounts->first().id, u"Angebot.pdf"_s, "%PDF-1.4"));
    Pipeline renewals = Pipeline::standard();
    renewals.key.clear();
    renewals.name = u"Renewals 续约"_s;
    REQUIRE(PipelineRepository(db).save(renewals));
    QList<Opportunity> opportunities;
    for (const Account& account : *accounts) {
        if (auto found = OpportunityRepository(db).forAccount(account.id); found)
            opportunities += *found;
    }
    REQUIRE_FALSE(opportunities.isEmpty());
    OpportunityLine line;
    line.opportunityId = opportunities.first().id;
    line.description = u"Installation day"_s;
    REQUIRE(OpportunityLineRepository(db).save(line));
    CalendarEvent visit;
    visit.title = u"Besuch 拜访"_s;
    visit.start = CalendarTime::zoned({2027, 3, 1}, {9, 0}, "Europe/Berlin");
    visit.end = CalendarTime::zoned({2027, 3, 1}, {10, 0}, "Europe/Berlin");
    visit.accountId = accounts->first().id;
    const auto event = EventRepository(db).save(visit);
    REQUIRE(event);
    REQUIRE(ReminderStateRepository(db).save(
        {ReminderStateRepository::idFor(event->id + u"||15"_s), u"events"_s, event->id, {}, 15, 0, true}));
    CalendarTask task;
    task.title = u"Send the brochure"_s;
    task.accountId = accounts->first().id;
    REQUIRE(TaskRepository(db).save(task));
    REQUIRE(QuotaRepository(db).set({.id = {},
                                     .userId = db.localUserId(),
                                     .periodKind = u"quarter"_s,
                                     .periodStart = QDate(2027, 1, 1),
                                     .amount = 5'000'000,
                                     .currency = u"EUR"_s}));
    REQUIRE(CommissionPlanRepository(db).set({.id = {},
                                              .userId = db.localUserId(),
                                              .user = -1,
                                              .team = false,
                                              .validFrom = QDate(2027, 1, 1),
                                              .rate = 550,
                                              .familyRates = {{.family = u"Services"_s, .rate = 800}},
                                              .accelerator = 150}));
    REQUIRE(ForecastHistoryRepository(db).adjust({.id = {},
                                                  .subjectId = db.localUserId(),
                                                  .team = true,
                                                  .periodKind = u"quarter"_s,
                                                  .periodStart = QDate(2027, 1, 1),
                                                  .commit = 4'000'000,
                                                  .bestCase = 6'000'000,
                                                  .currency = u"EUR"_s,
                                                  .cleared = false,
                                                  .note = u"Renewals slip 续约推迟"_s,
                                                  .madeAt = 0,
                                                  .madeBy = {}}));
    CallList calls;
    calls.name = u"Spring campaign 春季活动"_s;
    const auto list = CallListRepository(db).save(calls);
    REQUIRE(list);
    CallListEntry entry;
    entry.name = u"李娜"_s;
    entry.phone = u"+8613800138000"_s;
    REQUIRE(CallListRepository(db).add(list->id, {entry}));
    const auto engine = ForecastReport::engine(db);
    REQUIRE(engine);
    REQUIRE(ForecastSnapshots::submit(db, **engine, db.localUserId(), false, PeriodKind::Quarter, QDate(2027, 1, 1),
                                      u"As agreed"_s));
}

/// What a server answers when it refuses everything (records of users it does not know).
void refuseEverything(Database& db) {
    SyncJournal journal(db);
    const auto state = journal.connect(u"https://crm.example.test"_s, {}, u"ann"_s);
    REQUIRE(state);
    for (;;) {
        const auto batch = journal.unsent(500);
        REQUIRE(batch);
        if (batch->isEmpty())
            return;
        REQUIRE(journal.markSent(*batch));
        QList<Wire::MutationResult> results;
        for (const OutboxEntry& entry : *batch) {
            Wire::MutationResult refused;
            refused.seq = entry.seq - state->seqBase;
            refused.mutationId = entry.mutationId;
            refused.status = Wire::MutationStatus::Rejected;
            refused.message = u"the record belongs to a user this server does not know"_s;
            results.append(refused);
        }
        REQUIRE(journal.recordResults(*state, *batch, results));
    }
}

} // namespace

TEST_CASE("sync issues lists a refused record of every synced type by its name", "[ui][sync][issues]") {
    SyncWorkspace f;
    recordsOfEveryType(f.tmp.db());
    refuseEverything(f.tmp.db());

    const auto rejections = SyncIssues(f.tmp.db()).rejections();
    REQUIRE(rejections);
    std::set<QString> refusedTypes;
    for (const SyncRejection& r : *rejections) {
        refusedTypes.insert(r.entry.table);
        INFO(r.entry.table.toStdString() << " " << r.entry.recordId.toStdString());
        CHECK_FALSE(r.recordLabel.trimmed().isEmpty()); // each type names itself, by a reference if need be
    }
    std::set<QString> everyType;
    for (const RecordType* type : RecordType::all())
        everyType.insert(type->table);
    CHECK(refusedTypes == everyType); // a new record type must be added to recordsOfEveryType()

    SyncIssuesDialog dialog(f.tmp.db(), f.sync());
    dialog.show();
    CHECK_FALSE(f.child<MessageBanner>(&dialog, {})->isVisible());
    auto* list = f.child<QTreeWidget>(&dialog, u"rejectionList"_s);
    REQUIRE(list->topLevelItemCount() == rejections->size());
    CHECK_FALSE(f.child<QLabel>(&dialog, u"syncIssuesEmpty"_s)->isVisible());
    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = list->topLevelItem(row);
        INFO(item->toolTip(0).toStdString());
        CHECK_FALSE(item->text(0).isEmpty());
        CHECK_FALSE(item->toolTip(0).contains(u'_')); // the type's noun, not its table name
    }
}
